package be.actraject.domain.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What has been paid on an issued invoice and what is still open.
 *
 * @param payments the payments, the earliest first
 */
public record PaymentState(Invoice invoice, List<Payment> payments) {

    public BigDecimal paid() {
        return payments.stream().map(Payment::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal open() {
        return invoice.getStatus() == InvoiceStatus.ISSUED ? invoice.total().subtract(paid()) : BigDecimal.ZERO;
    }

    public boolean isPaid() {
        return invoice.getStatus() == InvoiceStatus.ISSUED && open().signum() <= 0;
    }

    /** Issued, not fully paid, and past its due date. */
    public boolean isOverdue(LocalDate today) {
        return open().signum() > 0 && invoice.getDueOn() != null && invoice.getDueOn().isBefore(today);
    }
}
