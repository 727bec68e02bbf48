package be.actraject.domain.invoice;

/** Where a quote stands. */
public enum QuoteStatus {
    /** Sent to the customer, waiting for their answer. */
    OPEN,
    /** Accepted and made into an invoice. */
    INVOICED,
    /** The customer declined it. */
    DECLINED
}
