package be.actraject.bpmn.trajectory;

import be.actraject.bpmn.parameters.CooperativeTime;
import be.actraject.bpmn.parameters.TrajectoryParameters;
import be.actraject.domain.trajectory.TimeLimits;
import be.actraject.workflow.TimeLimit;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Date;

/**
 * The trajectory model's time limits ({@code ${trajectoryLimits...}}): starts a limit's clock, and tells its timers
 * when the coach is warned and when the limit is reached — the morning after its last day. The dates come from the
 * dossier, so an extension moves the next timer.
 */
@Component("trajectoryLimits")
public class LimitTimers {

    private final TimeLimits limits;
    private final TrajectoryParameters parameters;
    private final CooperativeTime time;

    public LimitTimers(TimeLimits limits, TrajectoryParameters parameters, CooperativeTime time) {
        this.limits = limits;
        this.parameters = parameters;
        this.time = time;
    }

    public void open(Number trajectoryId, String limit) {
        TimeLimit kind = TimeLimit.valueOf(limit);
        limits.open(trajectoryId.longValue(), kind, parameters.limitLength(kind));
    }

    public Date limitAt(Number trajectoryId, String limit) {
        return time.morningOf(lastDay(trajectoryId, limit).plusDays(1));
    }

    public Date warningAt(Number trajectoryId, String limit) {
        return time.morningOf(lastDay(trajectoryId, limit).plusDays(1).minus(parameters.getLimitWarning()));
    }

    private LocalDate lastDay(Number trajectoryId, String limit) {
        return limits.lastDay(trajectoryId.longValue(), TimeLimit.valueOf(limit));
    }
}
