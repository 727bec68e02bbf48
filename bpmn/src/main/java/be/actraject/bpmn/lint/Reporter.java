package be.actraject.bpmn.lint;

/** Where a rule reports what it finds, as bpmnlint's reporter: an element id and the rule's message. */
interface Reporter {

    void report(String elementId, String message);

    default void report(LintNode node, String message) {
        report(node.id(), message);
    }
}
