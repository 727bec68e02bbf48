package be.actraject.domain.training;

import be.actraject.domain.access.Actor;
import be.actraject.domain.text.DutchOrder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The modules providers organise: kept by coordinators, read by every member of staff who enrols candidates. */
@Service
public class TrainingModules {

    private final TrainingModuleRepository modules;
    private final TrainingProviders providers;
    private final EnrolmentRepository enrolments;

    public TrainingModules(TrainingModuleRepository modules, TrainingProviders providers,
                           EnrolmentRepository enrolments) {
        this.modules = modules;
        this.providers = providers;
        this.enrolments = enrolments;
    }

    /** @throws be.actraject.domain.access.NotPermittedException for anyone but a coordinator */
    @Transactional
    public TrainingModule create(ModuleDraft draft, Actor actor) {
        CoordinatorsOnly.require(actor, "add training modules");
        return modules.save(new TrainingModule(providers.get(draft.providerId()), draft));
    }

    /**
     * @throws be.actraject.domain.access.NotPermittedException for anyone but a coordinator
     * @throws ModuleChangeException                             when the change contradicts the module's enrolments
     */
    @Transactional
    public TrainingModule change(long id, ModuleDraft draft, Actor actor) {
        CoordinatorsOnly.require(actor, "change training modules");
        // Locked as for an enrolment: the seats are compared with those taken, and an enrolment counting them at the
        // same moment must not take one the change is taking away.
        TrainingModule module = getForSeats(id);
        ModuleChangeCheck.check(module, draft, enrolments.findByModuleId(id));
        module.set(providers.get(draft.providerId()), draft);
        return module;
    }

    /**
     * Adds a day on which a dated module is held.
     *
     * @throws MomentTimesException     when it ends before it starts
     * @throws DuplicateMomentException when the module has a moment at that start already
     */
    @Transactional
    public TrainingMoment addMoment(long moduleId, LocalDate day, LocalTime start, LocalTime end, Actor actor) {
        CoordinatorsOnly.require(actor, "plan training moments");
        TrainingModule module = get(moduleId);
        TrainingMoment moment = module.addMoment(day, start, end);
        // A colleague (or a second click) adding the same moment at the same time passes the check above in its own
        // transaction; the unique index (V43) stops the second at this flush, where it is the same refusal, not a
        // 500 at the commit.
        try {
            modules.flush();
        } catch (DataIntegrityViolationException e) {
            throw new DuplicateMomentException(day, start);
        }
        return moment;
    }

    @Transactional(readOnly = true)
    public TrainingModule get(long id) {
        return modules.findById(id).orElseThrow(() -> new TrainingNotFoundException("module", id));
    }

    /**
     * The module, locked for the rest of the caller's transaction, which must be there: for a seat count and the
     * enrolment or agreement that follows it.
     */
    TrainingModule getForSeats(long id) {
        return modules.findLockedById(id).orElseThrow(() -> new TrainingNotFoundException("module", id));
    }

    /** Every module, by title in Dutch order ({@link DutchOrder}). */
    @Transactional(readOnly = true)
    public List<TrainingModule> all() {
        return modules.findAll().stream().sorted(DutchOrder.by(TrainingModule::getTitle)).toList();
    }

    /** Every module with its enrolments and seats left, for the coordinator's list. */
    @Transactional(readOnly = true)
    public List<ModuleOverview> overview() {
        return all().stream().map(this::overviewOf).toList();
    }

    private ModuleOverview overviewOf(TrainingModule module) {
        List<Enrolment> of = enrolments.findByModuleId(module.getId());
        Map<Long, Integer> byMoment = new HashMap<>();
        module.getMoments().forEach(m -> byMoment.put(m.getId(), Seats.left(module, of, m.getId())));
        long enrolled = of.stream().filter(e -> e.getState().takesSeat()).count();
        long absent = of.stream().filter(e -> e.getState() == EnrolmentState.ABSENT).count();
        long awaiting = of.stream().filter(e -> e.getState() == EnrolmentState.REQUESTED).count();
        return new ModuleOverview(module, enrolled, absent, awaiting, byMoment,
                module.isOnDemand() ? Seats.left(module, of, null) : null);
    }
}
