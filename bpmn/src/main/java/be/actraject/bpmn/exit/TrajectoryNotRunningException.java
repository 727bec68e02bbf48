package be.actraject.bpmn.exit;

/** A stop for a trajectory that has already ended, or is already stopping: reported, never silently ignored. */
public class TrajectoryNotRunningException extends RuntimeException {

    public TrajectoryNotRunningException(long trajectoryId) {
        super("Trajectory " + trajectoryId + " is not running, or is already being stopped");
    }
}
