package be.actraject.domain.mail;

/** What a message tells its recipient about, for the outbox's filter and the invoice page. */
public enum MailAbout {
    /** An invoice or credit note just issued, with its PDF and UBL. */
    INVOICE,
    /** A reminder of an overdue invoice. */
    PAYMENT_REMINDER,
    /** A notification to a colleague: a task was handed over to them. */
    TASK_HANDED_OVER,
    /** A notification to a colleague: an invoice of a candidate they coach was sent back for correction. */
    INVOICE_SENT_BACK
}
