package be.actraject.web.find;

import be.actraject.bpmn.parameters.TrajectoryParameters;
import be.actraject.domain.aftercare.AftercareContacts;
import be.actraject.domain.aftercare.AftercareSchedules;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.domain.trajectory.TrajectoryStatus;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;

/**
 * A trajectory's status as the pages show it ({@code ${@statuses.of(t)}}): its phase while it runs, then in
 * aftercare while the follow-ups of the aftercare schedule (the coordinator's parameter) still fall due, then exited.
 * Whether an exit is still in aftercare is told by the current schedule for every exit, as the list's status filter
 * counts it in one statement; the next follow-up shown is that of the schedule the aftercare started with
 * ({@link AftercareSchedules}), the one its timers were made from, less the follow-ups already answered: the agenda
 * leaves those out too, and the aftercare's open task is the first unanswered one.
 */
@Component("statuses")
public class Statuses {

    private final TrajectoryParameters parameters;
    private final AftercareSchedules schedules;
    private final AftercareContacts contacts;
    private final Clock clock;

    public Statuses(TrajectoryParameters parameters, AftercareSchedules schedules, AftercareContacts contacts,
                    Clock clock) {
        this.parameters = parameters;
        this.schedules = schedules;
        this.contacts = contacts;
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

    /**
     * The day of the next unanswered follow-up of a trajectory in aftercare: the first of its schedule without an
     * answer, in the past when that one is overdue (its task is the open one; no later follow-up comes before it is
     * answered); null for any other status, and once every follow-up is answered.
     */
    public LocalDate nextFollowUp(Trajectory trajectory) {
        if (of(trajectory) != TrajectoryStatus.AFTERCARE) {
            return null;
        }
        Set<String> answered = trajectory.getId() == null ? Set.of()
                : contacts.recordedFollowUps(List.of(trajectory.getId())).getOrDefault(trajectory.getId(), Set.of());
        return schedules.of(trajectory, parameters.getAftercareFollowUps()).stream()
                .filter(p -> !answered.contains(p.toString()))
                .map(p -> trajectory.getEndDate().plus(p))
                .findFirst().orElse(null);
    }
}
