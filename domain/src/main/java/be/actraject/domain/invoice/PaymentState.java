package be.actraject.domain.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What has been paid on an issued invoice and what is still open. A credit note is never open: it lowers what is open
 * on the invoice it credits.
 *
 * @param payments the payments, the earliest first
 * @param credited what the issued credit notes of the invoice credit
 */
public record PaymentState(Invoice invoice, List<Payment> payments, BigDecimal credited) {

    public PaymentState(Invoice invoice, List<Payment> payments) {
        this(invoice, payments, BigDecimal.ZERO);
    }

    public BigDecimal paid() {
        return payments.stream().map(Payment::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The day of the latest payment; null when nothing was paid. */
    public LocalDate lastPaidOn() {
        return payments.stream().map(Payment::getPaidOn).max(LocalDate::compareTo).orElse(null);
    }

    public BigDecimal open() {
        return invoice.getStatus() == InvoiceStatus.ISSUED && !invoice.isCreditNote()
                ? invoice.total().subtract(paid()).subtract(credited) : BigDecimal.ZERO;
    }

    /**
     * What the customer is owed back: what was paid beyond what is due after the credit notes (a partly paid invoice
     * credited in full, or one paid twice); zero when nothing is owed back. The negative of a negative {@link #open()}.
     */
    public BigDecimal toRefund() {
        return open().negate().max(BigDecimal.ZERO);
    }

    public boolean isPaid() {
        return invoice.getStatus() == InvoiceStatus.ISSUED && !invoice.isCreditNote() && open().signum() <= 0;
    }

    /**
     * Nothing open, and credit notes cover part of it (the book's {@link BookStatus#PAID}, not wholly credited): not
     * "paid" to the customer, who paid only the rest; the invoice page says what was paid and what credited.
     */
    public boolean isSettledWithCredit() {
        return isPaid() && credited.signum() > 0 && credited.compareTo(invoice.total()) < 0;
    }

    /** Issued, not fully paid, and past its due date. */
    public boolean isOverdue(LocalDate today) {
        return open().signum() > 0 && invoice.getDueOn() != null && invoice.getDueOn().isBefore(today);
    }

    /** Where the invoice stands on {@code today}: {@link BookStatus#of}. */
    public BookStatus status(LocalDate today) {
        return BookStatus.of(this, today);
    }
}
