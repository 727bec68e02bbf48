package be.actraject.domain.trajectory;

public class TrajectoryNotFoundException extends RuntimeException {

    public TrajectoryNotFoundException(long trajectoryId) {
        super("No trajectory " + trajectoryId);
    }
}
