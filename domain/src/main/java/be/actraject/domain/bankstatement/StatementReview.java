package be.actraject.domain.bankstatement;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.DossierChange;
import be.actraject.domain.bankstatement.ReviewRefusedException.Reason;
import be.actraject.domain.invoice.Invoice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The imports and the review list: office staff match a line to an invoice by hand (booked as a payment, never more
 * than is left of the line nor than is open on the invoice; a line may be split over invoices) or mark it as not the
 * cooperative's. Read and resolved by those who
 * follow up payments.
 */
@Service
public class StatementReview {

    private final StatementImportRepository imports;
    private final StatementLineRepository lines;
    private final StatementInvoices invoices;
    private final LineMatching matching;
    private final Clock clock;

    StatementReview(StatementImportRepository imports, StatementLineRepository lines, StatementInvoices invoices,
                    LineMatching matching, Clock clock) {
        this.imports = imports;
        this.lines = lines;
        this.invoices = invoices;
        this.matching = matching;
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
     * Books (part of) a line as a payment of the invoice with this number or structured communication. What is left
     * of the line stays on the review list, until it is matched too or marked not ours.
     *
     * @param amount what to book; what is left of the line when null
     * @throws ReviewRefusedException for a line resolved already, one that is no payment in euro, no such invoice,
     *                                one not open, or a wrong amount ({@link LineMatching})
     */
    @Transactional
    public HandMatched match(long lineId, String invoice, BigDecimal amount, Actor actor) {
        DossierChange.PAYMENT_FOLLOW_UP.asMaker(actor);
        StatementLine line = open(lineId);
        HandMatched matched = matching.match(line, invoice, amount, actor);
        Long invoiceId = matched.state().invoice().getId();
        if (matched.remaining().signum() == 0) {
            line.resolved(LineOutcome.MATCHED_BY_HAND, invoiceId, actor.userId(), clock.instant());
        } else {
            line.partlyMatched(invoiceId);
        }
        return matched;
    }

    /**
     * Marks a line as no payment of the cooperative's invoices: off the review list, nothing (more) booked. For a line
     * matched in part, the rest: the line counts as matched by hand, and what was booked and what is marked are
     * returned so that the user is told it was the rest, not the whole line.
     *
     * @return what was matched by hand before (zero for a whole line marked) and the rest marked now
     */
    @Transactional
    public MarkedNotOurs notOurs(long lineId, Actor actor) {
        DossierChange.PAYMENT_FOLLOW_UP.asMaker(actor);
        StatementLine line = open(lineId);
        BigDecimal rest = matching.remaining(line);
        boolean partly = line.getAmount().compareTo(rest) != 0;
        line.resolved(partly ? LineOutcome.MATCHED_BY_HAND : LineOutcome.NOT_OURS, partly ? line.getInvoiceId() : null,
                actor.userId(), clock.instant());
        return new MarkedNotOurs(line.getAmount().subtract(rest), rest);
    }

    /** What {@link #notOurs} did: the part booked to invoices before (zero when none) and the rest it marked. */
    public record MarkedNotOurs(BigDecimal matched, BigDecimal rest) {

        public boolean restOnly() {
            return matched.signum() > 0;
        }
    }

    private StatementLine open(long lineId) {
        StatementLine line = lines.findById(lineId).orElseThrow(() -> new LineNotFoundException(lineId));
        if (line.getOutcome() != LineOutcome.TO_REVIEW) {
            throw new ReviewRefusedException(Reason.RESOLVED);
        }
        return line;
    }

    private List<LineView> views(List<StatementLine> of) {
        Map<Long, String> numbers = invoices.findByIdIn(of.stream().map(StatementLine::getInvoiceId)
                        .filter(Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(Invoice::getId, i -> i.getNumber() == null ? "" : i.getNumber(),
                        (a, b) -> a));
        Map<Long, BigDecimal> matched = matching.matched(of);
        return of.stream().map(l -> new LineView(l, l.getInvoiceId() == null ? null
                : numbers.get(l.getInvoiceId()), matched.getOrDefault(l.getId(), BigDecimal.ZERO))).toList();
    }
}
