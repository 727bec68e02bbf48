package be.actraject.domain.trajectory;

/**
 * Published in the transaction that ends a trajectory, so that what still runs for it (enrolments waiting for
 * approval, their processes in the bpmn module) ends with it or the exit is not written at all.
 */
public record TrajectoryExited(long trajectoryId) {
}
