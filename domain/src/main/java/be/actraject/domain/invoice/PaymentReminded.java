package be.actraject.domain.invoice;

/**
 * The office reminded the customer of an overdue invoice (the payment-reminder task), published in that transaction
 * with the amount still open, so that the reminder mail is queued with it or not at all.
 */
public record PaymentReminded(long invoiceId, java.math.BigDecimal open) {
}
