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
    TASK_COMPLETED
}
