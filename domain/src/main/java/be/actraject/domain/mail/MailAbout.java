package be.actraject.domain.mail;

/** What a message tells its recipient about, for the outbox's filter and the invoice page. */
public enum MailAbout {
    /** An invoice or credit note just issued, with its PDF and UBL. */
    INVOICE,
    /** A reminder of an overdue invoice. */
    PAYMENT_REMINDER
}
