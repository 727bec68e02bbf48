package be.actraject.domain.training;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.DossierChange;
import be.actraject.domain.decision.MotivationRequiredException;
import be.actraject.domain.plan.PlanActions;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.DossierChanges;
import be.actraject.domain.trajectory.Timeline;
import be.actraject.domain.trajectory.TimelineKind;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.workflow.Phase;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Candidates' enrolments in training modules, up to the moment they are held: enrolling is part of the coaching
 * record (the candidate's coach, a coordinator: {@link DossierChange#COACHING_RECORD}); agreeing to a module that
 * costs money is a coordinator's; an exit withdraws what is still ahead. What happens at and after the moment —
 * attendance, absence, the certificate, their corrections — is {@link Attendances}'. Every refusal comes before
 * anything is written.
 */
@Service
public class Enrolments {

    /** The phases whose actions name training modules by third parties. */
    static final Set<Phase> PHASES = EnumSet.of(Phase.EXPLORATION, Phase.PROSPECTING);

    /** The states of an enrolment whose moment is in the agenda: not refused, not absent. */
    public static final Set<EnrolmentState> IN_AGENDA = Collections.unmodifiableSet(EnumSet.of(
            EnrolmentState.REQUESTED, EnrolmentState.AGREED, EnrolmentState.ATTENDED, EnrolmentState.COMPLETED));

    private final EnrolmentRepository enrolments;
    private final TrainingModules modules;
    private final DossierChanges changes;
    private final Caseload caseload;
    private final Timeline timeline;
    private final PlanActions planActions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public Enrolments(EnrolmentRepository enrolments, TrainingModules modules, DossierChanges changes,
                      Caseload caseload, Timeline timeline, PlanActions planActions,
                      ApplicationEventPublisher events, Clock clock) {
        this.enrolments = enrolments;
        this.modules = modules;
        this.changes = changes;
        this.caseload = caseload;
        this.timeline = timeline;
        this.planActions = planActions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Enrols the candidate in a module, at one of its moments when it is dated ({@code momentId} null when on demand).
     *
     * @throws EnrolmentOutsidePhaseException outside exploration and prospecting, or after the exit
     * @throws MomentRequiredException        for a dated module without one of its moments
     * @throws ModuleDatePassedException      for a moment before today
     * @throws ModuleFullException            when the seats are taken
     * @throws AlreadyEnrolledException       when the candidate's enrolment in it (that moment) still stands
     */
    @Transactional
    public Enrolment enrol(long candidateId, long moduleId, Long momentId, Actor actor) {
        return enrol(candidateId, moduleId, momentId, null, actor);
    }

    /**
     * As {@link #enrol(long, long, Long, Actor)}, from an action of the candidate's POP ("volg module X"): attending
     * the module marks the action done.
     *
     * @param planActionId an open action of the current plan; null for none
     * @throws PlanActionNotOpenException when it is not one
     */
    @Transactional
    public Enrolment enrol(long candidateId, long moduleId, Long momentId, Long planActionId, Actor actor) {
        Trajectory trajectory = changes.currentOf(candidateId, DossierChange.COACHING_RECORD, actor);
        if (!trajectory.isActive() || !PHASES.contains(trajectory.getPhase())) {
            throw new EnrolmentOutsidePhaseException(trajectory.getPhase());
        }
        // Locked before anything is counted: concurrent requests for the same module wait here, one at a time, so the
        // last seat goes to one of them only.
        TrainingModule module = modules.getForSeats(moduleId);
        TrainingMoment moment = momentOf(module, momentId);
        if (planActionId != null && planActions.openAction(trajectory.getId(), planActionId).isEmpty()) {
            throw new PlanActionNotOpenException(planActionId);
        }
        Long momentFound = moment == null ? null : moment.getId();
        List<Enrolment> taken = enrolments.findByModuleId(moduleId);
        if (taken.stream().anyMatch(e -> e.getTrajectoryId().equals(trajectory.getId()) && e.stillStands()
                && Objects.equals(momentFound, e.getMoment() == null ? null : e.getMoment().getId()))) {
            throw new AlreadyEnrolledException(module.getTitle(), module.isOnDemand());
        }
        // Counted for the moment found, not the one sent: a module on demand ignores a moment id in the request.
        Seats.requireFree(module, taken, momentFound);
        Enrolment enrolment = enrolments.save(new Enrolment(trajectory.getId(), module, moment, planActionId,
                actor.userId(), clock.instant()));
        timeline.record(trajectory.getId(), TimelineKind.TRAINING_REQUESTED, actor.userId(), module.getTitle());
        if (enrolment.getState() == EnrolmentState.AGREED) {
            timeline.record(trajectory.getId(), TimelineKind.TRAINING_AGREED, actor.userId(), module.getTitle());
        }
        events.publishEvent(new EnrolmentRequested(enrolment.getId(), trajectory.getId(), module.costsMoney()));
        return enrolment;
    }

    /**
     * A coordinator agrees to, or refuses, an enrolment in a module that costs money; a refusal says why, since the
     * coach and the candidate will ask.
     *
     * @throws MotivationRequiredException for a refusal without a reason
     */
    @Transactional
    public Enrolment decide(long enrolmentId, boolean agreed, String reason, Actor actor) {
        CoordinatorsOnly.require(actor, "agree to training enrolments");
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (!agreed && why == null) {
            throw new MotivationRequiredException();
        }
        Enrolment enrolment = get(enrolmentId);
        changes.activeTrajectory(enrolment.getTrajectoryId(), DossierChange.COACHING_RECORD, actor);
        // Locked either way: an agreement promises a seat and a refusal gives one back, and whoever counts the seats
        // under the lock must see what stands.
        TrainingModule module = modules.getForSeats(enrolment.getModule().getId());
        if (agreed) {
            // Checked again, under the module's lock: the seats may have been given away (or reduced) since the
            // request, and an agreement is a promise of a seat.
            Seats.requireFreeToAgree(module, enrolments.findByModuleId(module.getId()),
                    enrolment.getMoment() == null ? null : enrolment.getMoment().getId());
        }
        enrolment.decide(agreed, why, actor.userId(), clock.instant());
        timeline.record(enrolment.getTrajectoryId(), agreed ? TimelineKind.TRAINING_AGREED
                : TimelineKind.TRAINING_REFUSED, actor.userId(),
                why == null ? enrolment.getModule().getTitle() : enrolment.getModule().getTitle() + ": " + why);
        return enrolment;
    }

    /**
     * The approval rule says the coach's enrolment suffices: the enrolment is agreed by the rule (the dossier says so),
     * on the timeline in the name of whoever requested it. Called by the approval process, not by a person, so no actor is checked.
     */
    @Transactional
    public Enrolment agreeByRule(long enrolmentId) {
        Enrolment enrolment = get(enrolmentId);
        enrolment.decide(true, Enrolment.BY_RULE, clock.instant());
        timeline.record(enrolment.getTrajectoryId(), TimelineKind.TRAINING_AGREED, enrolment.getRequestedBy(),
                enrolment.getModule().getTitle());
        return enrolment;
    }

    /**
     * The trajectory ended: its enrolments that are still requested or agreed are withdrawn, which frees their seats,
     * with a line on the timeline each. Called in the transaction that ends the trajectory (by its process, not by a
     * person), so no actor is checked.
     *
     * @return the ids of the enrolments withdrawn
     */
    @Transactional
    public List<Long> withdrawOnExit(long trajectoryId, String by) {
        List<Long> withdrawn = new ArrayList<>();
        List<Enrolment> ofTrajectory = enrolments.findByTrajectoryIdOrderByRequestedAtDesc(trajectoryId);
        // The seats given back change under their modules' locks, as every seat taken or freed; taken in the order of
        // their ids, so that two exits at once cannot each hold a module the other waits for.
        ofTrajectory.stream().filter(e -> e.getState() == EnrolmentState.REQUESTED
                        || e.getState() == EnrolmentState.AGREED)
                .map(e -> e.getModule().getId()).distinct().sorted().forEach(modules::getForSeats);
        for (Enrolment enrolment : ofTrajectory) {
            if (enrolment.withdraw()) {
                timeline.record(trajectoryId, TimelineKind.TRAINING_WITHDRAWN, by, enrolment.getModule().getTitle());
                withdrawn.add(enrolment.getId());
            }
        }
        return withdrawn;
    }

    /** The enrolments of the candidate's current trajectory, the latest first, for whoever reads the record. */
    @Transactional(readOnly = true)
    public List<Enrolment> of(long candidateId, Actor actor) {
        Trajectory trajectory = caseload.coachingRecordOfCandidate(candidateId, actor);
        return enrolments.findByTrajectoryIdOrderByRequestedAtDesc(trajectory.getId());
    }

    /** A module's enrolments, for the coordinator's list. */
    @Transactional(readOnly = true)
    public List<Enrolment> ofModule(long moduleId, Actor actor) {
        CoordinatorsOnly.require(actor, "read a module's enrolments");
        return enrolments.findByModuleId(modules.get(moduleId).getId());
    }

    @Transactional(readOnly = true)
    public Enrolment get(long id) {
        return enrolments.findById(id).orElseThrow(() -> new TrainingNotFoundException("enrolment", id));
    }

    private TrainingMoment momentOf(TrainingModule module, Long momentId) {
        if (module.isOnDemand()) {
            return null;
        }
        TrainingMoment moment = (momentId == null ? null : module.moment(momentId).orElse(null));
        if (moment == null) {
            throw new MomentRequiredException(module.getTitle());
        }
        // By the hour, not the day: a moment earlier today has started (or is over) and can no longer be joined.
        if (!moment.startsAt(clock.getZone()).isAfter(clock.instant())) {
            throw new ModuleDatePassedException(module.getTitle(), moment.getHeldOn());
        }
        return moment;
    }
}
