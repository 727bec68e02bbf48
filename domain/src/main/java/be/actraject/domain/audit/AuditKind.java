package be.actraject.domain.audit;

/** What was changed, or refused. */
public enum AuditKind {
    /** A process or decision model deployed (subject: its key; reference: the engine's deployment id). */
    MODEL_DEPLOYED,
    /** A model the process room refused to deploy (subject: its key or file; detail: the comment and the problems). */
    MODEL_REFUSED,
    /** Running instances moved to another version (subject: the process key). */
    INSTANCES_MIGRATED,
    /** A parameter changed (subject: its name; detail: old → new and why). */
    PARAMETER_CHANGED,
    /** A failed job given another try (reference: the job). */
    JOB_RETRIED,
    /** A task taken off someone's name (reference: the task). */
    TASK_UNCLAIMED,
    /** A task put on someone else's name. */
    TASK_REASSIGNED,
    /** A task opened to the coordinators. */
    TASK_ESCALATED,
    /** An instance's token moved to another activity (reference: the instance). */
    TOKEN_MOVED,
    /** A timer that did not fire, fired by hand (reference: the job). */
    TIMER_FIRED,
    /** A process instance cancelled (reference: the instance). */
    INSTANCE_CANCELLED,
    /** A trajectory ended by an administrator with its exit (reference: the trajectory). */
    TRAJECTORY_ENDED,
    /** An overdue task given a new due date (reference: the task). */
    TASK_POSTPONED,
    /** An account's lock after wrong passwords lifted by an administrator (subject: the user; detail: the lock). */
    ACCOUNT_UNLOCKED,
    /** An account given a new password by an administrator, which also unlocks it (subject: the user). */
    ACCOUNT_PASSWORD_SET,
    /**
     * The administrator named by the bootstrap variables created, unlocked or given the password and role back at
     * start-up (subject: the user; detail: what was done). The actor is {@code bootstrap}: the operator who set them.
     */
    ADMINISTRATOR_BOOTSTRAPPED,
    /**
     * A change someone signed in tried and was refused: not theirs to make, or a candidate outside their caseload
     * (subject: the request, as method and path; detail: why). Nothing else was written.
     */
    WRITE_REFUSED,
    /** A candidate given another coach by a coordinator (subject: the trajectory; detail: old → new and why). */
    COACH_CHANGED,
    /**
     * A candidate's date of entry corrected by a coordinator (subject: the trajectory; detail: old → new, the phase
     * 1–3 limit old → new, and why).
     */
    DATE_OF_ENTRY_CORRECTED,
    /**
     * A training attendance or absence taken back by the coach or a coordinator (subject and reference: the
     * trajectory; detail: why; the timeline line names the module).
     */
    TRAINING_ATTENDANCE_CORRECTED,
    /**
     * A funder report handed out: the period report or the participant list (subject: the file, such as
     * {@code participants.xlsx}; detail: the period as {@code from/to}).
     */
    FUNDER_REPORT_EXPORTED
}
