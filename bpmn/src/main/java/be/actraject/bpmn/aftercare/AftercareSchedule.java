package be.actraject.bpmn.aftercare;

import be.actraject.bpmn.parameters.CooperativeTime;
import be.actraject.bpmn.parameters.TrajectoryParameters;
import be.actraject.domain.trajectory.TrajectoryProgress;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.Period;
import java.util.Date;
import java.util.List;

/**
 * The aftercare model's schedule ({@code ${aftercareSchedule...}}): the follow-ups as offsets after the exit, and
 * when each falls due. The parameter is read when the aftercare starts and kept with the trajectory
 * ({@link TrajectoryProgress#startAftercare}), so a change applies to later exits only — to the timers and to the
 * dates the pages show alike.
 */
@Component("aftercareSchedule")
public class AftercareSchedule {

    private final TrajectoryParameters parameters;
    private final TrajectoryProgress trajectories;
    private final CooperativeTime time;

    public AftercareSchedule(TrajectoryParameters parameters, TrajectoryProgress trajectories,
                             CooperativeTime time) {
        this.parameters = parameters;
        this.trajectories = trajectories;
        this.time = time;
    }

    /**
     * The offsets of the trajectory's aftercare: the parameter's at its start, kept then. The engine evaluates the
     * collection again before each follow-up of a sequential multi-instance, so it must be the kept one, not the
     * parameter as it is by then.
     */
    @Transactional
    public List<String> offsets(Number trajectoryId) {
        return trajectories.startAftercare(trajectoryId.longValue(), parameters.getAftercareFollowUps()).stream()
                .map(Period::toString).toList();
    }

    /** For aftercare started by the model before version 1.1, which names no trajectory: the parameter as it is. */
    public List<String> offsets() {
        return parameters.getAftercareFollowUps().stream().map(Period::toString).toList();
    }

    @Transactional(readOnly = true)
    public Date dueAt(Number trajectoryId, String offset) {
        LocalDate exit = trajectories.endedOn(trajectoryId.longValue()).orElseThrow(
                () -> new IllegalStateException("Aftercare of trajectory " + trajectoryId + " before its exit"));
        return time.morningOf(exit.plus(Period.parse(offset)));
    }
}
