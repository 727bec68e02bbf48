package be.actraject.domain.notification;

/** What a colleague can be notified of; each user turns each kind on or off for themselves. */
public enum NotificationKind {
    /** A colleague or a coordinator handed a task over to me. */
    TASK_HANDED_OVER,
    /** An invoice of a candidate I coach was sent back for correction. */
    INVOICE_SENT_BACK
}
