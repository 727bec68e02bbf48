package be.actraject.domain.invoice;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.DossierChange;
import be.actraject.domain.customer.Customer;
import be.actraject.domain.customer.Customers;
import be.actraject.domain.einvoice.VatRates;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.DossierChanges;
import be.actraject.domain.trajectory.Timeline;
import be.actraject.domain.trajectory.TimelineKind;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.workflow.Phase;
import jakarta.validation.Valid;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Drafting, sending back and correcting invoices and credit notes; issuing is {@link InvoiceIssuing}'s. Every line's
 * rate must be one offered today; the lines are checked by the rules of EN 16931 before anything is stored. Each of
 * these changes is invoicing work ({@link DossierChange#INVOICING}), refused before anything is written to whoever
 * does not do it for the candidate.
 */
@Service
@Validated
public class Invoices {

    private static final List<InvoiceStatus> PENDING = List.of(InvoiceStatus.SUBMITTED, InvoiceStatus.SENT_BACK);

    private final InvoiceRepository invoices;
    private final Customers customers;
    private final QuoteRepository quotes;
    private final PaymentRepository payments;
    private final VatRates rates;
    private final Caseload caseload;
    private final DossierChanges changes;
    private final Timeline timeline;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public Invoices(InvoiceRepository invoices, Customers customers, QuoteRepository quotes,
                    PaymentRepository payments, VatRates rates, Caseload caseload, DossierChanges changes,
                    Timeline timeline, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.changes = changes;
        this.payments = payments;
        this.invoices = invoices;
        this.customers = customers;
        this.quotes = quotes;
        this.rates = rates;
        this.caseload = caseload;
        this.timeline = timeline;
        this.clock = clock;
    }

    /**
     * Records a new invoice, submitted for approval. Only in the invoicing phase, for one of the trajectory's recorded
     * customers, each line's VAT case fitting that customer and the supply.
     *
     * @throws VatCaseRefusedException when a legal invoice cannot name the customer or a VAT case does not fit
     */
    @Transactional
    public Invoice submit(long trajectoryId, @Valid InvoiceDraft draft, Actor actor) {
        requireInvoicing(trajectoryId, actor);
        List<InvoiceLine> lines = lines(draft);
        ZeroTotalException.requireNotZero(lines);
        SupplyDates.requirePlausible(draft.supply(), LocalDate.now(clock));
        InvoiceDraft checked = checked(trajectoryId, draft, lines);
        Invoice saved = invoices.save(new Invoice(trajectoryId, InvoiceKind.INVOICE, checked, lines, actor.userId(),
                clock.instant()));
        timeline.record(trajectoryId, TimelineKind.INVOICE_DRAFTED, actor.userId(), saved.total().toPlainString());
        return saved;
    }

    /**
     * Records an invoice made from an accepted quote (its lines as the quote had them, or as changed since), and marks
     * the quote converted, in one transaction.
     *
     * @throws QuoteStateException when the quote was converted or declined meanwhile, or has expired
     */
    @Transactional
    public Invoice submitFromQuote(long quoteId, @Valid InvoiceDraft draft, Actor actor) {
        Quote quote = quotes.findById(quoteId).orElseThrow(() -> new QuoteNotFoundException(quoteId));
        Invoice saved = submit(quote.getTrajectoryId(), draft, actor);
        quote.convert(saved.getId(), LocalDate.now(clock));
        saved.fromQuote(quoteId);
        return saved;
    }

    /**
     * Drafts a credit note for (part of) an issued invoice and submits it for approval like an invoice: the issued
     * invoice never changes. The credit notes of an invoice never credit more than its total.
     *
     * @param draft the reason and the lines credited (positive amounts)
     * @throws CreditNoteRefusedException when the invoice is not an issued invoice, the credit is too large, or a
     *                                    line is not at one of the invoice's rates or credits too much at its rate
     *                                    ({@link CreditLimits})
     * @throws ZeroTotalException         when the lines total zero excluding VAT
     * @throws VatCaseRefusedException    when a line's VAT case does not fit the invoice's customer and supply
     */
    @Transactional
    public Invoice submitCreditNote(long invoiceId, @Valid CreditNoteDraft draft, Actor actor) {
        Invoice credited = invoice(invoiceId, actor);
        requireInvoicing(credited.getTrajectoryId(), actor);
        if (credited.isCreditNote() || credited.getStatus() != InvoiceStatus.ISSUED) {
            throw new CreditNoteRefusedException(CreditNoteRefusedException.Reason.NOT_ISSUED, BigDecimal.ZERO);
        }
        InvoiceDraft forCustomer = new InvoiceDraft(credited.getCustomerName(), draft.reason(),
                credited.getCustomerId(), credited.getBuyerReference(), draft.lines(), credited.getSupply());
        List<InvoiceLine> lines = lines(forCustomer);
        ZeroTotalException.requireNotZero(lines);
        Invoice note = Invoice.creditNote(credited, checked(credited.getTrajectoryId(), forCustomer, lines), lines,
                actor.userId(), clock.instant());
        CreditLimits.requireCreditable(credited, invoices.findByCreditedInvoiceId(credited.getId()), lines);
        Invoice saved = invoices.save(note);
        timeline.record(credited.getTrajectoryId(), TimelineKind.INVOICE_DRAFTED, actor.userId(),
                saved.total().negate().toPlainString());
        return saved;
    }

    /**
     * What the credit notes of an invoice credit: the issued ones, and with {@code pendingCredit} those on their way
     * too (so two cannot together credit too much).
     */
    private BigDecimal credited(long invoiceId, boolean pendingCredit) {
        return invoices.findByCreditedInvoiceId(invoiceId).stream()
                .filter(n -> n.getStatus() == InvoiceStatus.ISSUED || pendingCredit).map(Invoice::total).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private void requireInvoicing(long trajectoryId, Actor actor) {
        Trajectory trajectory = changes.activeTrajectory(trajectoryId, DossierChange.INVOICING, actor);
        if (trajectory.getPhase() != Phase.INVOICING) {
            throw new NotInvoicingException(trajectoryId);
        }
    }

    /** The lines at the rates offered today, each checked. */
    private List<InvoiceLine> lines(InvoiceDraft draft) {
        return draft.lines().stream().map(l -> InvoiceLine.of(l, rates.of(l.vatCode()))).toList();
    }

    @Transactional
    public void sendBack(long invoiceId, String remarks, Actor actor) {
        Invoice invoice = invoice(invoiceId, actor);
        changes.trajectory(invoice.getTrajectoryId(), DossierChange.INVOICING, actor);
        invoice.sendBack(remarks);
        timeline.record(invoice.getTrajectoryId(), TimelineKind.INVOICE_SENT_BACK, actor.userId(), null);
        events.publishEvent(new InvoiceSentBack(invoiceId, invoice.getTrajectoryId(), remarks, actor.userId()));
    }

    /**
     * Corrects an invoice or credit note that was sent back, checked as when it was submitted (a credit note against
     * what is left of its invoice, its own first version left out).
     *
     * @throws ZeroTotalException         when the lines total zero excluding VAT
     * @throws CreditNoteRefusedException when a credit note would credit more than is left, in all or at a rate
     * @throws VatCaseRefusedException    when a VAT case does not fit the customer or the supply
     */
    @Transactional
    public void correct(long invoiceId, @Valid InvoiceDraft draft, Actor actor) {
        Invoice invoice = invoice(invoiceId, actor);
        changes.trajectory(invoice.getTrajectoryId(), DossierChange.INVOICING, actor);
        InvoiceDraft corrected = invoice.isCreditNote() ? new InvoiceDraft(invoice.getCustomerName(),
                draft.description(), invoice.getCustomerId(), invoice.getBuyerReference(), draft.lines(),
                invoice.getSupply()) : draft;
        List<InvoiceLine> lines = lines(corrected);
        ZeroTotalException.requireNotZero(lines);
        if (invoice.isCreditNote()) {
            Invoice credited = invoices.findById(invoice.getCreditedInvoiceId())
                    .orElseThrow(() -> new InvoiceNotFoundException(invoice.getCreditedInvoiceId()));
            CreditLimits.requireCreditable(credited, invoices.findByCreditedInvoiceId(credited.getId()).stream()
                    .filter(n -> !n.getId().equals(invoiceId)).toList(), lines);
        }
        SupplyDates.requirePlausible(corrected.supply(), LocalDate.now(clock));
        invoice.correct(checked(invoice.getTrajectoryId(), corrected, lines), lines);
    }

    /**
     * The draft as it will be kept: its customer one of the trajectory's own, and the VAT case of every line possible
     * for that customer and supply ({@link VatCaseCheck}), refused before the invoice ever reaches approval.
     *
     * @throws UnknownCustomerException for a customer of another trajectory
     * @throws VatCaseRefusedException  for a customer a legal invoice cannot name, or a case whose conditions fail
     */
    private InvoiceDraft checked(long trajectoryId, InvoiceDraft draft, List<InvoiceLine> lines) {
        Customer customer = draft.customerId() == null ? null : customers.byId(draft.customerId())
                .filter(c -> c.getTrajectoryId() == trajectoryId)
                .orElseThrow(() -> new UnknownCustomerException(draft.customerId()));
        return draft.withSupply(VatCaseCheck.check(customer, lines.stream().map(InvoiceLine::rate).toList(),
                draft.supply()));
    }

    /**
     * What is left to credit on an issued invoice: its total less its credit notes, issued or pending; zero for a
     * credit note or an invoice not issued, so that the screens offer no credit note where one would be refused.
     */
    @Transactional(readOnly = true)
    public BigDecimal leftToCredit(Invoice invoice) {
        if (invoice.isCreditNote() || invoice.getStatus() != InvoiceStatus.ISSUED) {
            return BigDecimal.ZERO;
        }
        return CreditLimits.leftToCredit(invoice, invoices.findByCreditedInvoiceId(invoice.getId()));
    }

    /** The invoice, if the actor may see its candidate. */
    @Transactional(readOnly = true)
    public Invoice invoice(long invoiceId, Actor actor) {
        Invoice invoice = invoices.findById(invoiceId).orElseThrow(() -> new InvoiceNotFoundException(invoiceId));
        caseload.trajectory(invoice.getTrajectoryId(), actor);
        invoice.getLines(); // the screens show them after the transaction
        return invoice;
    }

    /**
     * The candidate's turnover: the issued invoices less their issued credit notes, excluding VAT, from a day on (null:
     * since the start).
     */
    @Transactional(readOnly = true)
    public BigDecimal turnover(long trajectoryId, LocalDate from) {
        return turnoverOf(invoices.findByTrajectoryIdOrderByIdDesc(trajectoryId), from);
    }

    /** As {@link #turnover}, of invoices already read (a screen that lists them too needs no second query). */
    public static BigDecimal turnoverOf(List<Invoice> ofTrajectory, LocalDate from) {
        return ofTrajectory.stream()
                .filter(i -> i.getStatus() == InvoiceStatus.ISSUED)
                .filter(i -> from == null || !i.getIssuedOn().isBefore(from))
                .map(i -> i.isCreditNote() ? i.getAmountExclVat().negate() : i.getAmountExclVat())
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /**
     * The turnover of each of these trajectories from a day on (issued invoices less issued credit notes, excluding
     * VAT), in one query; a trajectory without any is left out.
     */
    @Transactional(readOnly = true)
    public Map<Long, BigDecimal> turnovers(Collection<Long> trajectoryIds, LocalDate from) {
        if (trajectoryIds.isEmpty()) {
            return Map.of();
        }
        return invoices.findByTrajectoryIdInAndStatusAndIssuedOnGreaterThanEqual(trajectoryIds, InvoiceStatus.ISSUED,
                from).stream().collect(Collectors.toMap(Invoice::getTrajectoryId,
                i -> i.isCreditNote() ? i.getAmountExclVat().negate() : i.getAmountExclVat(), BigDecimal::add));
    }

    /**
     * As {@link #turnovers}, for the running trajectories one coach coaches in a phase, found by their invoices of the
     * period rather than by the coach's whole caseload: by trajectory id, the issued turnover from {@code from} (euro,
     * excluding VAT, credit notes subtracted); a trajectory without any is left out.
     */
    @Transactional(readOnly = true)
    public Map<Long, BigDecimal> turnoversOfRunningCoachedIn(String coach, Phase phase, LocalDate from) {
        Map<Long, BigDecimal> turnovers = new HashMap<>();
        for (Object[] row : invoices.findOfRunningCoachedIn(coach, phase, InvoiceStatus.ISSUED, from)) {
            BigDecimal amount = (BigDecimal) row[2];
            turnovers.merge((Long) row[0], row[1] == InvoiceKind.CREDIT_NOTE ? amount.negate() : amount,
                    BigDecimal::add);
        }
        return turnovers;
    }

    @Transactional(readOnly = true)
    public List<Invoice> of(long trajectoryId, Actor actor) {
        caseload.trajectory(trajectoryId, actor);
        return invoices.findByTrajectoryIdOrderByIdDesc(trajectoryId);
    }

    /** The amount excluding VAT, for the approval rule. */
    @Transactional(readOnly = true)
    public double amount(long invoiceId) {
        return invoices.findById(invoiceId).orElseThrow(() -> new InvoiceNotFoundException(invoiceId))
                .getAmountExclVat().doubleValue();
    }

    /** For the payment follow-up: when the issued invoice falls due. */
    @Transactional(readOnly = true)
    public LocalDate dueOn(long invoiceId) {
        return invoices.findById(invoiceId).orElseThrow(() -> new InvoiceNotFoundException(invoiceId)).getDueOn();
    }

    /** For the payment follow-up: whether the issued invoice is paid or credited in full. */
    @Transactional(readOnly = true)
    public boolean settled(long invoiceId) {
        Invoice invoice = invoices.findById(invoiceId).orElseThrow(() -> new InvoiceNotFoundException(invoiceId));
        BigDecimal paid = payments.findByInvoiceIdInOrderByPaidOnAscIdAsc(List.of(invoiceId)).stream()
                .map(Payment::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return invoice.total().subtract(paid).subtract(credited(invoiceId, false)).signum() <= 0;
    }

    @Transactional(readOnly = true)
    public boolean isCreditNote(long invoiceId) {
        return invoices.findById(invoiceId).orElseThrow(() -> new InvoiceNotFoundException(invoiceId)).isCreditNote();
    }

    /** How many invoices were issued for the trajectory so far, for the approval rule. */
    @Transactional(readOnly = true)
    public int issuedCount(long trajectoryId) {
        return (int) invoices.countByTrajectoryIdAndStatus(trajectoryId, InvoiceStatus.ISSUED);
    }

    /** How many invoices still wait for approval or correction: the trajectory cannot end before they are done. */
    @Transactional(readOnly = true)
    public int pendingCount(long trajectoryId) {
        return (int) invoices.countByTrajectoryIdAndStatusIn(trajectoryId, PENDING);
    }
}
