package be.actraject.domain.customer;

/** Who the customer is, which decides what identifies them on an invoice. */
public enum CustomerKind {
    /** A Belgian enterprise: enterprise number required; reached on Peppol by it (scheme 0208). */
    BELGIAN_BUSINESS,
    /** An enterprise abroad: its VAT number required. */
    FOREIGN_BUSINESS,
    /** A private person: no number; the invoice goes on paper or by e-mail. */
    CONSUMER
}
