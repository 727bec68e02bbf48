package be.actraject.bpmn.models;

import be.actraject.bpmn.sandbox.Finding;

/**
 * One reason a model may not be deployed, placed on its element where it has one.
 *
 * @param elementId the element the problem is on; null for the file as a whole
 * @param detail    what the message names: an id, a bean, an expression, the engine's own words
 */
public record ModelProblem(Code code, String elementId, String detail) {

    public enum Code {
        /** The file is larger than the set limit. */
        TOO_LARGE,
        /** Not well-formed XML. */
        MALFORMED,
        /** A document type declaration or an external entity: refused, never resolved (XXE). */
        EXTERNAL_ENTITY,
        /** Well-formed XML, but neither BPMN 2.0 nor DMN 1.3 definitions. */
        NOT_A_MODEL,
        /** The engine's own parser refuses it (its message in the detail). */
        ENGINE,
        /** A process without camunda:historyTimeToLive. */
        NO_HISTORY_TIME_TO_LIVE,
        /** A user task the web has no screen for. */
        NO_SCREEN,
        /** A user task that no candidate group (or assignee) can take. */
        NO_CANDIDATE_GROUPS,
        /** An expression or delegate expression names a bean that does not exist. */
        UNKNOWN_BEAN,
        /** A Java class named as delegate: the models call beans by name. */
        CLASS_DELEGATE,
        /** An element id the code relies on is gone. */
        MISSING_ID,
        /** A timer whose date, duration or cycle does not parse. */
        BAD_TIMER,
        /** A bean of the application that models may not reach (an engine service, say). */
        BEAN_NOT_REACHABLE,
        /** A method of an allowed bean that models may not call. */
        METHOD_NOT_REACHABLE,
        /** A bean named whole where only its methods may be used, or a delegate outside a delegate expression. */
        BEAN_AS_VALUE,
        /** A member of the execution or the task outside the allow-list. */
        ENGINE_MEMBER,
        /** A member of a value: of a variable, of a method's result, an index. */
        MEMBER_OF_VALUE,
        /** A function other than the engine's date and user functions. */
        FUNCTION,
        /** An expression that does not parse. */
        EXPRESSION_SYNTAX,
        /** A script in any form. */
        SCRIPT,
        /** An expression language other than JUEL (and FEEL in DMN). */
        EXPRESSION_LANGUAGE,
        /** An import or a resource outside the model. */
        EXTERNAL_RESOURCE,
        /** A camunda extension outside the allow-list: field injection, connectors, generated forms, … */
        EXTENSION_NOT_ALLOWED,
        /** A process that starts itself on a timer. */
        TIMER_START,
        /** A function defined in a FEEL expression: the engine refuses it at run time, so a table would fail. */
        FEEL_FUNCTION,
        /** A new key's process that starts on a message, a signal or a condition: the product would start it. */
        EVENT_START,
        /** A second process or decision in one file: each key is deployed (and checked, and audited) from its own. */
        SEVERAL_KEYS,
        /** An error of bpmnlint:recommended (the rule and bpmnlint's message in the detail): refused. */
        LINT,
        /** A warning of bpmnlint:recommended (the rule and bpmnlint's message in the detail): shown, not refused. */
        LINT_WARNING,
        /** One of the product's yes/no rules whose table answers anything but true or false (what it found in the detail). */
        RULE_NOT_YES_NO,
        /** One of the product's yes/no rules whose table leaves a sample case unanswered (the case in the detail). */
        RULE_SAMPLE_UNANSWERED,
        /** One of the product's yes/no rules whose hit policy gives a list (COLLECT, RULE ORDER, OUTPUT ORDER). */
        RULE_SEVERAL_RESULTS,
        /**
         * One of the product's yes/no rules whose UNIQUE or ANY rows overlap at a number written in a cell or just
         * beside it: several rows match there (the case in the detail) and the engine would fail the process.
         */
        RULE_OVERLAP,
        /** One of the product's yes/no rules that fails at a number written in a cell or beside it (case: error). */
        RULE_BOUNDARY_FAILED
    }

    /** The problem for a finding of the sandbox's rules. */
    public static ModelProblem of(Finding finding) {
        Code code = switch (finding.rule()) {
            case JAVA_CLASS -> Code.CLASS_DELEGATE;
            case SYNTAX -> Code.EXPRESSION_SYNTAX;
            default -> Code.valueOf(finding.rule().name());
        };
        return new ModelProblem(code, finding.elementId(), finding.detail());
    }
}
