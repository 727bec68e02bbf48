package be.actraject.domain.invoice;

/**
 * An invoice or credit note was issued, published in the issuing transaction: whoever tells the customer (the mail
 * with its documents) does so in that transaction too, so that a rolled-back issue tells nobody.
 */
public record InvoiceIssued(long invoiceId) {
}
