package be.actraject.bpmn.trajectory;

import be.actraject.bpmn.parameters.CooperativeTime;
import be.actraject.bpmn.parameters.TrajectoryParameters;
import be.actraject.domain.decision.DecisionRecord;
import be.actraject.domain.decision.Decisions;
import be.actraject.domain.trajectory.TimeLimits;
import be.actraject.domain.trajectory.TrajectoryProgress;
import be.actraject.workflow.Decision;
import be.actraject.workflow.Phase;
import be.actraject.workflow.TimeLimit;
import be.actraject.workflow.UserTask;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Date;

/** The due dates of the models' user tasks ({@code camunda:dueDate="${deadlines...}"}), from the parameters. */
@Component("deadlines")
public class Deadlines {

    private final TrajectoryParameters parameters;
    private final CooperativeTime time;
    private final TrajectoryProgress trajectories;
    private final TimeLimits limits;
    private final Decisions decisions;

    public Deadlines(TrajectoryParameters parameters, CooperativeTime time, TrajectoryProgress trajectories,
                     TimeLimits limits, Decisions decisions) {
        this.parameters = parameters;
        this.time = time;
        this.trajectories = trajectories;
        this.limits = limits;
        this.decisions = decisions;
    }

    /** The task's due period from now, by its key ({@code actraject.trajectory.task-due.<key>}). */
    public Date fromNow(String taskKey) {
        return time.morningOf(time.today().plus(parameters.dueFor(taskKey)));
    }

    /**
     * When a phase's review is due: its set time after the phase began (the exit decision of the invoicing
     * phase: when the coach is warned of its limit), or, after a review that extended the phase, the extension
     * after that review.
     */
    @Transactional(readOnly = true)
    public Date phaseReview(Number trajectoryId, String phaseName) {
        long id = trajectoryId.longValue();
        Phase phase = Phase.valueOf(phaseName);
        UserTask review = switch (phase) {
            case EXPLORATION -> UserTask.EXPLORATION_REVIEW;
            case PROSPECTING -> UserTask.PROSPECTING_REVIEW;
            case INVOICING -> UserTask.INVOICING_EXIT_DECISION;
            case INTAKE -> throw new IllegalArgumentException("The intake has no phase review");
        };
        LocalDate extendedUntil = decisions.latest(id, review.key())
                .filter(d -> d.getDecision() == Decision.EXTEND)
                .map(DecisionRecord::getDecidedAt)
                .map(at -> time.dayOf(at).plus(parameters.getExtendBy().get(phase)))
                .orElse(null);
        if (extendedUntil != null) {
            return time.morningOf(extendedUntil);
        }
        if (phase == Phase.INVOICING) {
            LocalDate lastDay = limits.lastDay(id, TimeLimit.INVOICING);
            return time.morningOf(lastDay.plusDays(1).minus(parameters.getLimitWarning()));
        }
        LocalDate started = trajectories.currentPhaseStartedOn(id).orElse(time.today());
        return time.morningOf(started.plus(parameters.getReviewAfter().get(phase)));
    }
}
