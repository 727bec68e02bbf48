package be.actraject.bpmn.worklist;

/** {@link WorklistAnswersContract} on the embedded H2. */
class WorklistAnswersOnH2Test extends WorklistAnswersContract {
}
