package be.actraject.domain.invoice;

/**
 * A payment settled an invoice in full, in the transaction that registered it: a reminder waiting for the office has
 * no one left to remind (the payment follow-up listens).
 */
public record InvoiceSettled(long invoiceId) {
}
