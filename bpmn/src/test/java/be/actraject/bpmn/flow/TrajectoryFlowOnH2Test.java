package be.actraject.bpmn.flow;

/** {@link TrajectoryFlowContract} on H2, in memory. */
class TrajectoryFlowOnH2Test extends TrajectoryFlowContract {
}
