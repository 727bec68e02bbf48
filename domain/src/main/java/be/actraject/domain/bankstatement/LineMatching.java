package be.actraject.domain.bankstatement;

import be.actraject.domain.access.Actor;
import be.actraject.domain.bankstatement.ReviewRefusedException.Reason;
import be.actraject.domain.belgium.StructuredCommunication;
import be.actraject.domain.invoice.Invoice;
import be.actraject.domain.invoice.InvoiceStatus;
import be.actraject.domain.invoice.Payment;
import be.actraject.domain.invoice.Payments;
import be.actraject.domain.number.NumberKind;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Matching a line of the review list to an invoice by hand: every refusal is decided here, before anything is booked,
 * with a reason that tells office staff what to do (issue 18): a line that is no payment in euro of the cooperative
 * (a debit, a reversal, another currency) is never booked; the invoice must be an issued one that is still open; a
 * line may be split over invoices, and what is left of it stays on the list.
 */
@Component
class LineMatching {

    private final StatementInvoices invoices;
    private final StatementPayments booked;
    private final Payments payments;
    private final Clock clock;

    LineMatching(StatementInvoices invoices, StatementPayments booked, Payments payments, Clock clock) {
        this.invoices = invoices;
        this.booked = booked;
        this.payments = payments;
        this.clock = clock;
    }

    /** The line's reference on the payments booked from it. */
    static String paymentReference(String lineReference) {
        return "CAMT " + lineReference;
    }

    /** What is booked already from each of these lines, by line id (absent when nothing). */
    Map<Long, BigDecimal> matched(Collection<StatementLine> lines) {
        if (lines.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> byReference = lines.stream().collect(Collectors.toMap(
                l -> paymentReference(l.getReference()), StatementLine::getId, (a, b) -> a));
        return booked.findByReferenceIn(byReference.keySet()).stream().collect(Collectors.toMap(
                p -> byReference.get(p.getReference()), Payment::getAmount, BigDecimal::add));
    }

    BigDecimal remaining(StatementLine line) {
        return line.getAmount().subtract(matched(List.of(line)).getOrDefault(line.getId(), BigDecimal.ZERO));
    }

    /**
     * @param typed what to book; what is left of the line (at most what is open) when null
     */
    HandMatched match(StatementLine line, String typedInvoice, BigDecimal typed, Actor actor) {
        if (!line.isCredit()) {
            throw new ReviewRefusedException(Reason.DEBIT);
        }
        if (line.getReviewReason() == ReviewReason.REVERSAL) {
            throw new ReviewRefusedException(Reason.REVERSAL);
        }
        if (!"EUR".equals(line.getCurrency())) {
            throw new ReviewRefusedException(Reason.OTHER_CURRENCY, line.getCurrency());
        }
        Invoice invoice = find(typedInvoice).orElseThrow(() -> new ReviewRefusedException(Reason.UNKNOWN_INVOICE));
        if (invoice.isCreditNote()) {
            throw new ReviewRefusedException(Reason.CREDIT_NOTE, invoice.getNumber());
        }
        if (invoice.getStatus() != InvoiceStatus.ISSUED) {
            throw new ReviewRefusedException(Reason.NOT_ISSUED);
        }
        BigDecimal open = payments.of(invoice).open();
        if (open.signum() <= 0) {
            throw new ReviewRefusedException(Reason.ALREADY_PAID, invoice.getNumber());
        }
        BigDecimal remaining = remaining(line);
        BigDecimal amount = typed == null ? remaining : typed;
        if (!NumberKind.MONEY.accepts(amount) || amount.signum() <= 0) {
            throw new ReviewRefusedException(Reason.AMOUNT);
        }
        if (amount.compareTo(remaining) > 0) {
            throw new ReviewRefusedException(Reason.MORE_THAN_LINE, remaining);
        }
        if (amount.compareTo(open) > 0) {
            throw new ReviewRefusedException(Reason.MORE_THAN_OPEN, invoice.getNumber(), open);
        }
        LocalDate bookedOn = line.getBookedOn();
        if (bookedOn == null || bookedOn.isAfter(LocalDate.now(clock))) {
            throw new ReviewRefusedException(Reason.DATE);
        }
        // The bank's date, even before the invoice's: a prepayment is paid on the day the money came in.
        var state = payments.registerReceived(invoice.getId(), bookedOn, amount,
                paymentReference(line.getReference()), actor);
        return new HandMatched(state, amount, remaining.subtract(amount));
    }

    /** By number as printed, else by structured communication as typed or pasted. */
    private Optional<Invoice> find(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        Optional<Invoice> byNumber = invoices.findFirstByNumber(typed.strip());
        if (byNumber.isPresent()) {
            return byNumber;
        }
        String digits = typed.replaceAll("\\D", "");
        return StructuredCommunication.isValid(digits) ? invoices.findFirstByCommunication(digits) : Optional.empty();
    }
}
