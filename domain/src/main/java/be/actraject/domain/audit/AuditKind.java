package be.actraject.domain.audit;

/** What was changed. */
public enum AuditKind {
    /** A process or decision model deployed (subject: its key; reference: the engine's deployment id). */
    MODEL_DEPLOYED,
    /** Running instances moved to another version (subject: the process key). */
    INSTANCES_MIGRATED,
    /** A parameter changed (subject: its name; detail: old → new and why). */
    PARAMETER_CHANGED
}
