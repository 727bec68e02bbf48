package be.actraject.bpmn.sandbox;

/**
 * One thing in a model that would reach beyond {@link ModelReach} or run code we did not ship.
 *
 * @param rule      which rule it breaks
 * @param elementId the element it is on (the one drawn on the diagram); null for the file as a whole
 * @param detail    what the message names: a bean, a member, an attribute, an element, a language
 */
public record Finding(Rule rule, String elementId, String detail) {

    /** The rules, each with its own message in the process room. */
    public enum Rule {
        /** A name no bean of the application carries (nor a variable could, since it is used with a member). */
        UNKNOWN_BEAN,
        /** A bean of the application that models may not reach (an engine service, a repository, …). */
        BEAN_NOT_REACHABLE,
        /** A method of an allowed bean that models may not call. */
        METHOD_NOT_REACHABLE,
        /** A bean named whole where only its methods may be used, or a delegate used outside a delegate expression. */
        BEAN_AS_VALUE,
        /** A member of the execution or the task that models may not use ({@code processEngineServices}, …). */
        ENGINE_MEMBER,
        /** A member of a value — a variable, a method's result, an index — which is how reflection starts. */
        MEMBER_OF_VALUE,
        /** A function other than the engine's date and user functions. */
        FUNCTION,
        /** An expression that does not parse. */
        SYNTAX,
        /** A Java class named in the model: a delegate, a listener, a variable mapping, a form handler. */
        JAVA_CLASS,
        /** A script task, script listener, script condition or script mapping. */
        SCRIPT,
        /** An expression language other than the engine's (JUEL) or, in DMN, FEEL. */
        EXPRESSION_LANGUAGE,
        /** An import or a resource outside the model. */
        EXTERNAL_RESOURCE,
        /** A camunda extension element or attribute outside the allow-list (field injection, connectors, forms, …). */
        EXTENSION_NOT_ALLOWED,
        /** A process that starts itself on a timer: trajectories start at registration, by the product. */
        TIMER_START,
        /** A FEEL function definition ({@code function(…)}, {@code external}): it could name a Java method. */
        FEEL_FUNCTION
    }
}
