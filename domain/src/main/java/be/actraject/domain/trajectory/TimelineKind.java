package be.actraject.domain.trajectory;

/** What a timeline entry tells. The screens name each kind through the message bundles ({@code timeline.KIND}). */
public enum TimelineKind {
    REGISTERED,
    COACH_ASSIGNED,
    PHASE_ENTERED,
    CONVERSATION_RECORDED,
    PLAN_RECORDED,
    ASSESSMENT_RECORDED,
    DECISION_RECORDED,
    LIMIT_OPENED,
    LIMIT_EXTENDED,
    PLACED_IN_GROUP,
    DELIVERABLES_UPDATED,
    PROSPECTING_LOGGED,
    PROSPECTING_UPDATED,
    SESSION_ATTENDED,
    INVOICE_DRAFTED,
    INVOICE_SENT_BACK,
    INVOICE_ISSUED,
    EXTRA_EARNINGS_STATED,
    STOP_REQUESTED,
    EXITED,
    AFTERCARE_CONTACT,
    DOCUMENT_ATTACHED,
    TASK_HANDED_OVER,
    TASK_COMPLETED,
    PAYMENT_REGISTERED,
    PAYMENT_REMINDED,
    QUOTE_DRAFTED,
    COST_RECORDED,
    REPAIRED,
    PERSONAL_DATA_CORRECTED,
    COACH_CHANGED,
    DATE_OF_ENTRY_CORRECTED,
    /** On a change of coach, the new coach takes over the conversations already planned; the detail is how many. */
    PLANNED_CONVERSATIONS_TAKEN_OVER,
    TRAINING_REQUESTED,
    TRAINING_AGREED,
    TRAINING_REFUSED,
    TRAINING_ATTENDED,
    TRAINING_ABSENT,
    TRAINING_COMPLETED,
    PLAN_ACTION_DONE,
    SECTOR_GROUP_JOINED,
    SECTOR_GROUP_LEFT,
    /** The sector group closed, which ended the membership that day (detail: the group's name). */
    SECTOR_GROUP_CLOSED,
    /** The trajectory ended before the module was attended: the enrolment was withdrawn (detail: the module). */
    TRAINING_WITHDRAWN,
    /**
     * A recorded attendance or absence taken back: the enrolment is agreed again (detail: the module). The reason is
     * in the audit log ({@link CorrectionReasons}).
     */
    TRAINING_ATTENDANCE_UNDONE,
    /** A POP action opened again because the attendance that marked it done was taken back (detail: the action). */
    PLAN_ACTION_REOPENED
}
