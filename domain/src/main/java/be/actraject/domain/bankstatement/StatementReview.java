package be.actraject.domain.bankstatement;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.DossierChange;
import be.actraject.domain.bankstatement.ReviewRefusedException.Reason;
import be.actraject.domain.belgium.StructuredCommunication;
import be.actraject.domain.invoice.Invoice;
import be.actraject.domain.invoice.PaymentState;
import be.actraject.domain.invoice.Payments;
import be.actraject.domain.number.NumberKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The imports and the review list: office staff match a line to an invoice by hand (booked as a payment, never more
 * than the line nor than is open on the invoice) or mark it as not the cooperative's. Read and resolved by those who
 * follow up payments.
 */
@Service
public class StatementReview {

    private final StatementImportRepository imports;
    private final StatementLineRepository lines;
    private final StatementInvoices invoices;
    private final Payments payments;
    private final Clock clock;

    StatementReview(StatementImportRepository imports, StatementLineRepository lines, StatementInvoices invoices,
                    Payments payments, Clock clock) {
        this.imports = imports;
        this.lines = lines;
        this.invoices = invoices;
        this.payments = payments;
        this.clock = clock;
    }

    /** The latest imports, the newest first. */
    @Transactional(readOnly = true)
    public List<StatementImport> imports(Actor actor) {
        DossierChange.PAYMENT_FOLLOW_UP.asMaker(actor);
        return imports.findTop50ByOrderByImportedAtDescIdDesc();
    }

    @Transactional(readOnly = true)
    public StatementSummary summary(long importId, Actor actor) {
        DossierChange.PAYMENT_FOLLOW_UP.asMaker(actor);
        StatementImport anImport = imports.findById(importId).orElseThrow(() -> new LineNotFoundException(importId));
        return new StatementSummary(anImport, views(lines.findByImportIdOrderById(importId)));
    }

    /** The lines waiting for review, the earliest booked first. */
    @Transactional(readOnly = true)
    public List<LineView> toReview(Actor actor) {
        DossierChange.PAYMENT_FOLLOW_UP.asMaker(actor);
        return views(lines.findByOutcomeOrderByBookedOnAscIdAsc(LineOutcome.TO_REVIEW));
    }

    /**
     * Books a line as a payment of the invoice with this number or structured communication.
     *
     * @param amount what to book; the line's amount when null
     * @throws ReviewRefusedException for a line resolved already, a debit, no such invoice, or a wrong amount
     * @throws be.actraject.domain.invoice.PaymentRefusedException when the invoice refuses the payment (not issued,
     *                                                               more than open, booked before the invoice)
     */
    @Transactional
    public PaymentState match(long lineId, String invoice, BigDecimal amount, Actor actor) {
        DossierChange.PAYMENT_FOLLOW_UP.asMaker(actor);
        StatementLine line = open(lineId);
        if (!line.isCredit()) {
            throw new ReviewRefusedException(Reason.DEBIT);
        }
        Invoice paid = find(invoice).orElseThrow(() -> new ReviewRefusedException(Reason.UNKNOWN_INVOICE));
        BigDecimal booked = amount == null ? line.getAmount() : amount;
        if (!NumberKind.MONEY.accepts(booked) || booked.signum() <= 0 || booked.compareTo(line.getAmount()) > 0) {
            throw new ReviewRefusedException(Reason.AMOUNT);
        }
        PaymentState state = payments.register(paid.getId(), line.getBookedOn(), booked,
                "CAMT " + line.getReference(), actor);
        line.resolved(LineOutcome.MATCHED_BY_HAND, paid.getId(), actor.userId(), clock.instant());
        return state;
    }

    /** Marks a line as no payment of the cooperative's invoices: off the review list, nothing booked. */
    @Transactional
    public void notOurs(long lineId, Actor actor) {
        DossierChange.PAYMENT_FOLLOW_UP.asMaker(actor);
        open(lineId).resolved(LineOutcome.NOT_OURS, null, actor.userId(), clock.instant());
    }

    private StatementLine open(long lineId) {
        StatementLine line = lines.findById(lineId).orElseThrow(() -> new LineNotFoundException(lineId));
        if (line.getOutcome() != LineOutcome.TO_REVIEW) {
            throw new ReviewRefusedException(Reason.RESOLVED);
        }
        return line;
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

    private List<LineView> views(List<StatementLine> of) {
        Map<Long, String> numbers = invoices.findByIdIn(of.stream().map(StatementLine::getInvoiceId)
                        .filter(Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(Invoice::getId, i -> i.getNumber() == null ? "" : i.getNumber(),
                        (a, b) -> a));
        return of.stream().map(l -> new LineView(l, l.getInvoiceId() == null ? null
                : numbers.get(l.getInvoiceId()))).toList();
    }
}
