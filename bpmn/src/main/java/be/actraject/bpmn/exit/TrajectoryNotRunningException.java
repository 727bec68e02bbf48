package be.actraject.bpmn.exit;

import be.actraject.domain.RefusedException;

/** A stop for a trajectory that has already ended, or is already stopping: reported, never silently ignored. */
public class TrajectoryNotRunningException extends RefusedException {

    public TrajectoryNotRunningException(long trajectoryId) {
        super("stop.notRunning", "Trajectory " + trajectoryId + " is not running, or is already being stopped");
    }
}
