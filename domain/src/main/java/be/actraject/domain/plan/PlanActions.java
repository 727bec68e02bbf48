package be.actraject.domain.plan;

import be.actraject.domain.trajectory.Timeline;
import be.actraject.domain.trajectory.TimelineKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The actions of a trajectory's current POP (its latest version) as other parts of the dossier follow them up: a
 * training module enrolled in for an action ("volg module X") marks it done when attended. The callers have checked
 * who may read or change the dossier.
 */
@Service
public class PlanActions {

    private final DevelopmentPlanRepository plans;
    private final Timeline timeline;

    public PlanActions(DevelopmentPlanRepository plans, Timeline timeline) {
        this.plans = plans;
        this.timeline = timeline;
    }

    /** The actions of the latest plan not done yet, in the plan's order; none without a plan. */
    @Transactional(readOnly = true)
    public List<PlanAction> open(long trajectoryId) {
        return latest(trajectoryId).map(p -> p.getObjectives().stream()
                .flatMap(o -> o.getActions().stream()).filter(a -> !a.isDone()).toList()).orElse(List.of());
    }

    /** The open action of the latest plan with this id, if there is one. */
    @Transactional(readOnly = true)
    public Optional<PlanAction> openAction(long trajectoryId, long actionId) {
        return open(trajectoryId).stream().filter(a -> a.getId() == actionId).findFirst();
    }

    /** Marks the action done in the caller's transaction, with a line in the timeline; nothing if it is not open. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void markDone(long trajectoryId, long actionId, LocalDate on, String actor) {
        openAction(trajectoryId, actionId).ifPresent(a -> {
            a.markDone(on);
            timeline.record(trajectoryId, TimelineKind.PLAN_ACTION_DONE, actor, a.getDescription().length() > 200
                    ? a.getDescription().substring(0, 199) + "…" : a.getDescription());
        });
    }

    private Optional<DevelopmentPlan> latest(long trajectoryId) {
        return plans.findByTrajectoryIdOrderByVersionDesc(trajectoryId).stream().findFirst();
    }
}
