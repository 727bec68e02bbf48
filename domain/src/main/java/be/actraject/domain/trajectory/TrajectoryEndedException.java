package be.actraject.domain.trajectory;

import be.actraject.domain.RefusedException;

/**
 * A change was asked of a trajectory that has already ended with an exit. A refusal like any other, so that a form
 * left open across the exit, or a link to a change in an ended dossier, tells the user why instead of failing.
 */
public class TrajectoryEndedException extends RefusedException {

    private final Long trajectoryId;

    public TrajectoryEndedException(Long trajectoryId) {
        super("trajectory.ended", "Trajectory " + trajectoryId + " has ended");
        this.trajectoryId = trajectoryId;
    }

    public Long trajectoryId() {
        return trajectoryId;
    }
}
