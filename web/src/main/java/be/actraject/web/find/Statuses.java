package be.actraject.web.find;

import be.actraject.bpmn.parameters.TrajectoryParameters;
import be.actraject.domain.aftercare.AftercareSchedules;
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
 * Whether an exit is still in aftercare is told by the current schedule for every exit, as the list's status filter
 * counts it in one statement; the next follow-up shown is that of the schedule the aftercare started with
 * ({@link AftercareSchedules}), the one its timers were made from.
 */
@Component("statuses")
public class Statuses {

    private final TrajectoryParameters parameters;
    private final AftercareSchedules schedules;
    private final Clock clock;

    public Statuses(TrajectoryParameters parameters, AftercareSchedules schedules, Clock clock) {
        this.parameters = parameters;
        this.schedules = schedules;
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
        return schedules.of(trajectory, parameters.getAftercareFollowUps()).stream()
                .map(p -> trajectory.getEndDate().plus(p))
                .filter(day -> !day.isBefore(today)).findFirst().orElse(null);
    }
}
