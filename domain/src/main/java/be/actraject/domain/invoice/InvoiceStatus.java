package be.actraject.domain.invoice;

public enum InvoiceStatus {
    /** Waiting for approval. */
    SUBMITTED,
    /** Sent back with remarks, to be corrected. */
    SENT_BACK,
    /** Issued: numbered and no longer changeable. */
    ISSUED
}
