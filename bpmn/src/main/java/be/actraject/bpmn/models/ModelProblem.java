package be.actraject.bpmn.models;

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
        BAD_TIMER
    }
}
