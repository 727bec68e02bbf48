package be.actraject.domain.invoice;

/**
 * An invoice or credit note was sent back for correction with remarks, published in that transaction, so that the
 * colleague's notification is queued with it or not at all.
 *
 * @param sentBackBy the user who sent it back: they need no notification of their own decision
 */
public record InvoiceSentBack(long invoiceId, long trajectoryId, String remarks, String sentBackBy) {
}
