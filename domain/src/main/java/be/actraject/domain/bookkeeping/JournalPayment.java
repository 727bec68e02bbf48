package be.actraject.domain.bookkeeping;

import be.actraject.domain.invoice.Payment;

/** A payment received in the period, with the number of the invoice it settles (which may be of an earlier period). */
public record JournalPayment(Payment payment, String invoiceNumber, String customerName) {
}
