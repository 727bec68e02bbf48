package be.actraject.domain.bankstatement;

import be.actraject.domain.belgium.StructuredCommunication;
import be.actraject.domain.invoice.Invoice;
import be.actraject.domain.invoice.InvoiceStatus;
import be.actraject.domain.invoice.Payments;
import be.actraject.domain.number.NumberKind;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Decides what an entry settles. Only a credit in euro, of one transaction, whose valid structured communication is
 * that of an issued invoice with at least its amount open, booked between the invoice's date and today, is booked by
 * itself: every check {@link Payments#register} makes is made here first, so that registering never refuses (a
 * refusal would spoil the whole import's transaction).
 */
@Component
class StatementMatching {

    private final StatementInvoices invoices;
    private final Payments payments;
    private final Clock clock;

    StatementMatching(StatementInvoices invoices, Payments payments, Clock clock) {
        this.invoices = invoices;
        this.payments = payments;
        this.clock = clock;
    }

    Match decide(StatementEntry entry) {
        if (!entry.credit()) {
            return Match.review(ReviewReason.DEBIT);
        }
        if (entry.reversal()) {
            return Match.review(ReviewReason.REVERSAL);
        }
        if (!"EUR".equals(entry.currency())) {
            return Match.review(ReviewReason.OTHER_CURRENCY);
        }
        if (entry.transactions() > 1) {
            return Match.review(ReviewReason.SEVERAL_TRANSACTIONS);
        }
        if (!NumberKind.MONEY.accepts(entry.amount()) || entry.amount().signum() <= 0) {
            return Match.review(ReviewReason.AMOUNT);
        }
        Optional<StructuredCommunication> communication = Remittance.structured(entry.communication());
        if (communication.isEmpty()) {
            return Match.review(ReviewReason.NO_COMMUNICATION);
        }
        Optional<Invoice> found = invoices.findFirstByCommunication(communication.get().digits());
        if (found.isEmpty()) {
            return Match.review(ReviewReason.UNKNOWN_COMMUNICATION);
        }
        Invoice invoice = found.get();
        BigDecimal open = invoice.getStatus() == InvoiceStatus.ISSUED ? payments.of(invoice).open() : BigDecimal.ZERO;
        if (open.signum() <= 0) {
            return Match.review(ReviewReason.INVOICE_NOT_OPEN, invoice);
        }
        int comparison = entry.amount().compareTo(open);
        if (comparison > 0) {
            return Match.review(ReviewReason.MORE_THAN_OPEN, invoice);
        }
        LocalDate bookedOn = entry.bookedOn();
        if (bookedOn == null || bookedOn.isBefore(invoice.getIssuedOn()) || bookedOn.isAfter(LocalDate.now(clock))) {
            return Match.review(ReviewReason.DATE, invoice);
        }
        return new Match(comparison == 0 ? LineOutcome.PAID : LineOutcome.PARTLY_PAID, null, invoice);
    }
}
