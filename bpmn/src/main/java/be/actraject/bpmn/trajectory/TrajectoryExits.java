package be.actraject.bpmn.trajectory;

import be.actraject.domain.trajectory.TrajectoryProgress;
import be.actraject.workflow.ExitType;
import org.springframework.stereotype.Component;

/** Called by the trajectory model on every way out: {@code ${trajectoryExits.record(trajectoryId, exitType, exitReason)}}. */
@Component("trajectoryExits")
public class TrajectoryExits {

    private final TrajectoryProgress progress;

    public TrajectoryExits(TrajectoryProgress progress) {
        this.progress = progress;
    }

    public void record(Number trajectoryId, String exitType, String exitReason) {
        progress.end(trajectoryId.longValue(), ExitType.valueOf(exitType), exitReason);
    }
}
