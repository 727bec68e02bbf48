package be.actraject.bpmn.lint;

/**
 * One finding of a lint rule, as bpmnlint reports it.
 *
 * @param rule      the rule's name in bpmnlint ({@code fake-join}, …)
 * @param elementId the element it is on
 * @param message   bpmnlint's own (English) message for it
 * @param severity  the rule's level in {@code bpmnlint:recommended}
 */
public record LintFinding(String rule, String elementId, String message, Severity severity) {

    /** The two levels of {@code bpmnlint:recommended}: an error refuses a deployment, a warning is shown. */
    public enum Severity { ERROR, WARNING }
}
