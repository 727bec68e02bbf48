package be.actraject.web.find;

import be.actraject.bpmn.parameters.TrajectoryParameters;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.domain.trajectory.TrajectoryStatus;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * A trajectory's status as the pages show it ({@code ${@statuses.of(t)}}): its phase while it runs, then in
 * aftercare while the follow-ups of the aftercare schedule (the coordinator's parameter) still fall due, then exited.
 * The current schedule is used for every exit: the list cannot ask the engine which schedule each aftercare started
 * with without a statement per row.
 */
@Component("statuses")
public class Statuses {

    private final TrajectoryParameters parameters;
    private final Clock clock;

    public Statuses(TrajectoryParameters parameters, Clock clock) {
        this.parameters = parameters;
        this.clock = clock;
    }

    /** The first exit day whose last follow-up is today or later. */
    public LocalDate aftercareSince() {
        List<Period> followUps = parameters.getAftercareFollowUps();
        LocalDate today = LocalDate.now(clock);
        return followUps.isEmpty() ? today.plusDays(1) : today.minus(followUps.get(followUps.size() - 1));
    }

    public TrajectoryStatus of(Trajectory trajectory) {
        return TrajectoryStatus.of(trajectory, aftercareSince());
    }

    /** The next follow-up due (today or later) of a trajectory in aftercare; null for any other status. */
    public LocalDate nextFollowUp(Trajectory trajectory) {
        if (of(trajectory) != TrajectoryStatus.AFTERCARE) {
            return null;
        }
        LocalDate today = LocalDate.now(clock);
        return parameters.getAftercareFollowUps().stream().map(p -> trajectory.getEndDate().plus(p))
                .filter(day -> !day.isBefore(today)).findFirst().orElse(null);
    }
}
