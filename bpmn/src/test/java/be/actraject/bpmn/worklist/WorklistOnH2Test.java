package be.actraject.bpmn.worklist;

/** {@link WorklistContract} on the embedded H2. */
class WorklistOnH2Test extends WorklistContract {
}
