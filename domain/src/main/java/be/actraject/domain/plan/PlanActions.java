package be.actraject.domain.plan;

import be.actraject.domain.trajectory.Timeline;
import be.actraject.domain.trajectory.TimelineKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

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

    /**
     * Marks the action done in the caller's transaction, with a line in the timeline; nothing if it is not open. An
     * action of an earlier version counts as the open action of the latest version it became ({@link #followed}):
     * an enrolment remembers the action it was made for, and the coach may have saved a new version since.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void markDone(long trajectoryId, long actionId, LocalDate on, String actor) {
        followed(trajectoryId, actionId).ifPresent(a -> {
            a.markDone(on);
            timeline.record(trajectoryId, TimelineKind.PLAN_ACTION_DONE, actor, a.getDescription().length() > 200
                    ? a.getDescription().substring(0, 199) + "…" : a.getDescription());
        });
    }

    /**
     * Opens again, in the caller's transaction, the action that {@link #markDone} closed on that day, with a line in
     * the timeline: the attendance that closed it was a mistake. The action is found as {@link #markDone} finds it,
     * by id or by its description in the latest plan; one done on another day was done for another reason and stays.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void reopen(long trajectoryId, long actionId, LocalDate doneOn, String actor) {
        List<DevelopmentPlan> versions = plans.findByTrajectoryIdOrderByVersionDesc(trajectoryId);
        if (versions.isEmpty()) {
            return;
        }
        String description = versions.stream().flatMap(v -> v.getObjectives().stream())
                .flatMap(o -> o.getActions().stream()).filter(a -> a.getId() == actionId)
                .map(PlanAction::getDescription).findFirst().orElse(null);
        versions.get(0).getObjectives().stream().flatMap(o -> o.getActions().stream())
                .filter(a -> doneOn.equals(a.getDoneOn()))
                .filter(a -> a.getId() == actionId || a.getDescription().equals(description))
                .findFirst().ifPresent(a -> {
                    a.reopen();
                    timeline.record(trajectoryId, TimelineKind.PLAN_ACTION_REOPENED, actor,
                            a.getDescription().length() > 200
                                    ? a.getDescription().substring(0, 199) + "…" : a.getDescription());
                });
    }

    /**
     * The open action of the latest plan that this action is now. Every version copies the actions under new ids, so
     * an action of an earlier version is found again by its description, in the objective of the same description
     * when there is one; an action the coach reworded or removed since is not followed.
     */
    private Optional<PlanAction> followed(long trajectoryId, long actionId) {
        List<DevelopmentPlan> versions = plans.findByTrajectoryIdOrderByVersionDesc(trajectoryId);
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        List<PlanObjective> latest = versions.get(0).getObjectives();
        Optional<PlanAction> same = openIn(latest, a -> a.getId() == actionId).findFirst();
        if (same.isPresent()) {
            return same;
        }
        for (DevelopmentPlan earlier : versions.subList(1, versions.size())) {
            for (PlanObjective objective : earlier.getObjectives()) {
                for (PlanAction action : objective.getActions()) {
                    if (action.getId() == actionId) {
                        return openIn(latest.stream().filter(o -> Objects.equals(o.getDescription(),
                                objective.getDescription())).toList(), a -> a.getDescription().equals(
                                action.getDescription())).findFirst()
                                .or(() -> openIn(latest, a -> a.getDescription().equals(action.getDescription()))
                                        .findFirst());
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Stream<PlanAction> openIn(List<PlanObjective> objectives, Predicate<PlanAction> which) {
        return objectives.stream().flatMap(o -> o.getActions().stream()).filter(a -> !a.isDone()).filter(which);
    }

    private Optional<DevelopmentPlan> latest(long trajectoryId) {
        return plans.findByTrajectoryIdOrderByVersionDesc(trajectoryId).stream().findFirst();
    }
}
