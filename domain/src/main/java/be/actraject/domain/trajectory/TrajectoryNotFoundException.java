package be.actraject.domain.trajectory;

import be.actraject.domain.NotFoundException;

public class TrajectoryNotFoundException extends NotFoundException {

    public TrajectoryNotFoundException(long trajectoryId) {
        super("No trajectory " + trajectoryId);
    }
}
