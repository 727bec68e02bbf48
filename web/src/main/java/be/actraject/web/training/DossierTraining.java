package be.actraject.web.training;

import be.actraject.bpmn.training.TrainingApprovalTasks;
import be.actraject.domain.access.Actor;
import be.actraject.domain.access.DossierChange;
import be.actraject.domain.plan.PlanActions;
import be.actraject.domain.training.Enrolment;
import be.actraject.domain.training.EnrolmentState;
import be.actraject.domain.training.Enrolments;
import be.actraject.domain.training.TrainingModule;
import be.actraject.domain.training.TrainingModules;
import be.actraject.domain.trajectory.DossierChanges;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.workflow.Phase;
import be.actraject.workflow.Role;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the dossier's "Opleidingen" box shows: the candidate's enrolments, and — to whoever may enrol — the modules on
 * demand and the moments still ahead to choose from, and the open actions of the POP an enrolment may follow up. Only in exploration and prospecting is enrolling offered, as the
 * domain only accepts it there.
 */
@Component
public class DossierTraining {

    private final Enrolments enrolments;
    private final TrainingModules modules;
    private final DossierChanges changes;
    private final PlanActions planActions;
    private final TrainingApprovalTasks approvals;
    private final Clock clock;

    DossierTraining(Enrolments enrolments, TrainingModules modules, DossierChanges changes, PlanActions planActions,
                    TrainingApprovalTasks approvals, Clock clock) {
        this.approvals = approvals;
        this.planActions = planActions;
        this.enrolments = enrolments;
        this.modules = modules;
        this.changes = changes;
        this.clock = clock;
    }

    public void fill(Trajectory t, Actor actor, Model model) {
        List<Enrolment> ofCandidate = enrolments.of(t.getCandidate().getId(), actor);
        model.addAttribute("enrolments", ofCandidate);
        boolean record = t.isActive() && changes.may(t, DossierChange.COACHING_RECORD, actor);
        // A coordinator agrees through the approval task, so the process never misses a decision.
        model.addAttribute("approvalTasks", record && actor.has(Role.COORDINATOR)
                ? approvals.openTasks(ofCandidate.stream().filter(e -> e.getState() == EnrolmentState.REQUESTED)
                .map(Enrolment::getId).toList())
                : Map.of());
        boolean mayEnrol = record && EnumSet.of(Phase.EXPLORATION, Phase.PROSPECTING).contains(t.getPhase());
        model.addAttribute("mayRecordTraining", record);
        // "Gevolgd"/"Afwezig" only once the moment has begun, as the service refuses before (a module on demand has
        // no date: always). The service keeps refusing a click from a page left open until then.
        Instant now = clock.instant();
        model.addAttribute("trainingBegun", ofCandidate.stream()
                .filter(e -> e.getMoment() == null || !e.getMoment().startsAt(clock.getZone()).isAfter(now))
                .map(Enrolment::getId).collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("mayEnrol", mayEnrol);
        model.addAttribute("mayDecideTraining", record && actor.has(Role.COORDINATOR));
        model.addAttribute("trainingOffers", mayEnrol ? offers(ofCandidate) : List.of());
        model.addAttribute("trainingActions", mayEnrol ? planActions.open(t.getId()) : List.of());
    }

    private List<EnrolmentOffer> offers(List<Enrolment> ofCandidate) {
        // Only moments still to start: the same rule as the enrolment itself, so the list offers nothing it refuses.
        Instant now = clock.instant();
        List<EnrolmentOffer> offers = new ArrayList<>();
        // A full module or moment stays in the list, marked and not choosable: the coach sees it exists and is full.
        modules.overview().forEach(o -> {
            TrainingModule m = o.module();
            if (m.isOnDemand()) {
                offers.add(new EnrolmentOffer(m, null, Integer.valueOf(0).equals(o.seatsLeft()),
                        enrolled(ofCandidate, m, null)));
            } else {
                m.getMoments().stream().filter(mo -> mo.startsAt(clock.getZone()).isAfter(now))
                        .forEach(mo -> offers.add(new EnrolmentOffer(m, mo,
                                Integer.valueOf(0).equals(o.seatsLeftByMoment().get(mo.getId())),
                                enrolled(ofCandidate, m, mo.getId()))));
            }
        });
        return offers;
    }

    /**
     * Whether the candidate's enrolment in the module (at that moment) still stands: the same rule as the enrolment's
     * refusal ({@link be.actraject.domain.training.AlreadyEnrolledException}), so the list offers nothing it refuses.
     */
    private static boolean enrolled(List<Enrolment> ofCandidate, TrainingModule module, Long momentId) {
        return ofCandidate.stream().anyMatch(e -> e.stillStands() && e.getModule().getId().equals(module.getId())
                && Objects.equals(momentId, e.getMoment() == null ? null : e.getMoment().getId()));
    }
}
