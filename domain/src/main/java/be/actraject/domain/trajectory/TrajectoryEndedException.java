package be.actraject.domain.trajectory;

/** A change was asked of a trajectory that has already ended with an exit. */
public class TrajectoryEndedException extends RuntimeException {

    public TrajectoryEndedException(Long trajectoryId) {
        super("Trajectory " + trajectoryId + " has ended");
    }
}
