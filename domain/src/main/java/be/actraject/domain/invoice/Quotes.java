package be.actraject.domain.invoice;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.DossierChange;
import be.actraject.domain.cooperative.Cooperative;
import be.actraject.domain.customer.Customer;
import be.actraject.domain.customer.Customers;
import be.actraject.domain.einvoice.EInvoice;
import be.actraject.domain.einvoice.Supply;
import be.actraject.domain.einvoice.VatRates;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.DossierChanges;
import be.actraject.domain.trajectory.Timeline;
import be.actraject.domain.trajectory.TimelineKind;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.workflow.Phase;
import jakarta.validation.Valid;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Quotes of a candidate's activity: drafted while prospecting or invoicing, for a recorded customer, and — once the
 * customer accepts — made into an invoice draft ({@link Invoices#submitFromQuote}). Drafting and declining one is
 * invoicing work ({@link DossierChange#INVOICING}).
 */
@Service
@Validated
public class Quotes {

    private final QuoteRepository quotes;
    private final Customers customers;
    private final VatRates rates;
    private final Caseload caseload;
    private final DossierChanges changes;
    private final Timeline timeline;
    private final Cooperative cooperative;
    private final Clock clock;

    public Quotes(QuoteRepository quotes, Customers customers, VatRates rates, Caseload caseload,
                  DossierChanges changes, Timeline timeline, Cooperative cooperative, Clock clock) {
        this.changes = changes;
        this.cooperative = cooperative;
        this.timeline = timeline;
        this.quotes = quotes;
        this.customers = customers;
        this.rates = rates;
        this.caseload = caseload;
        this.clock = clock;
    }

    /**
     * @throws NotInvoicingException   before the prospecting phase
     * @throws UnknownCustomerException for a customer not of this candidate
     * @throws QuoteExpiredException    for a date of validity in the past
     * @throws VatCaseRefusedException  for a customer a legal invoice cannot name, or a VAT case that does not fit
     *                                  the customer or the kind of supply ({@link VatCaseCheck#checkOffer})
     * @throws be.actraject.domain.access.NotPermittedException  for an actor who does no invoicing work
     * @throws be.actraject.domain.access.NotInCaseloadException for a candidate outside the actor's caseload
     */
    @Transactional
    public Quote draft(long trajectoryId, @Valid QuoteDraft draft, Actor actor) {
        Trajectory trajectory = changes.activeTrajectory(trajectoryId, DossierChange.INVOICING, actor);
        if (trajectory.getPhase() != Phase.PROSPECTING && trajectory.getPhase() != Phase.INVOICING) {
            throw new NotInvoicingException(trajectoryId);
        }
        Customer customer = customers.byId(draft.customerId()).filter(c -> c.getTrajectoryId() == trajectoryId)
                .orElseThrow(() -> new UnknownCustomerException(draft.customerId()));
        if (draft.validUntil().isBefore(LocalDate.now(clock))) {
            throw new QuoteExpiredException();
        }
        List<InvoiceLine> lines = draft.lines().stream().map(l -> InvoiceLine.of(l, rates.of(l.vatCode()))).toList();
        // What an invoice could not say, a quote may not offer: refused now, not when the customer has accepted.
        VatCaseCheck.checkOffer(customer, lines.stream().map(InvoiceLine::rate).toList(), draft.supplyKind());
        Quote saved = quotes.save(new Quote(trajectoryId, draft, lines, actor.userId(), clock.instant()));
        timeline.record(trajectoryId, TimelineKind.QUOTE_DRAFTED, actor.userId(), saved.total().toPlainString());
        return saved;
    }

    /**
     * Marks an open quote declined by the customer.
     *
     * @throws QuoteStateException when it is not open
     * @throws be.actraject.domain.access.NotPermittedException  for an actor who does no invoicing work
     * @throws be.actraject.domain.access.NotInCaseloadException for a candidate outside the actor's caseload
     */
    @Transactional
    public void decline(long quoteId, Actor actor) {
        Quote quote = quote(quoteId, actor);
        changes.trajectory(quote.getTrajectoryId(), DossierChange.INVOICING, actor);
        quote.decline();
    }

    /** The quote with its lines, if the actor may see its candidate. */
    @Transactional(readOnly = true)
    public Quote quote(long quoteId, Actor actor) {
        Quote quote = quotes.findById(quoteId).orElseThrow(() -> new QuoteNotFoundException(quoteId));
        caseload.trajectory(quote.getTrajectoryId(), actor);
        quote.getLines();
        return quote;
    }

    /**
     * The invoice draft an accepted quote becomes: same customer, subject, kind of supply and lines, at the rates
     * offered today.
     */
    @Transactional(readOnly = true)
    public InvoiceDraft invoiceDraft(long quoteId, Actor actor) {
        Quote quote = quote(quoteId, actor);
        if (quote.getStatus() != QuoteStatus.OPEN || quote.isExpired(LocalDate.now(clock))) {
            throw new QuoteStateException(quoteId, quote.getStatus());
        }
        Customer customer = customers.byId(quote.getCustomerId()).orElseThrow();
        return new InvoiceDraft(customer.getName(), quote.getSubject(), customer.getId(), null,
                quote.getLines().stream().map(InvoiceLine::asDraft).toList(),
                Supply.NONE.ofKind(quote.getSupplyKind()));
    }

    /**
     * The quote as a document to send the customer: the cooperative as seller, its lines and totals, no payment
     * instructions (nothing is owed yet); numbered {@code OFFERTE-<id>}, since only invoices have legal numbers.
     */
    @Transactional(readOnly = true)
    public EInvoice document(long quoteId, Actor actor) {
        Quote quote = quote(quoteId, actor);
        Customer customer = customers.byId(quote.getCustomerId()).orElseThrow();
        return new EInvoice(EInvoice.Kind.INVOICE, "OFFERTE-" + quote.getId(),
                LocalDate.ofInstant(quote.getCreatedAt(), clock.getZone()), null, null, cooperative.asSeller(),
                customer.asBuyer(), quote.getLines().stream().map(InvoiceLine::toLine).toList(), null, null, null,
                quote.getSubject(), null, null);
    }

    @Transactional(readOnly = true)
    public List<Quote> of(long trajectoryId, Actor actor) {
        caseload.trajectory(trajectoryId, actor);
        return quotes.findByTrajectoryIdOrderByIdDesc(trajectoryId);
    }
}
