package be.actraject.domain.invoice;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.DossierChange;
import be.actraject.domain.invoice.PaymentRefusedException.Reason;
import be.actraject.domain.number.NumberKind;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.DossierChanges;
import be.actraject.domain.trajectory.Timeline;
import be.actraject.domain.trajectory.TimelineKind;
import be.actraject.domain.trajectory.Trajectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Registers the payments received on issued invoices, partial ones too, and tells what is open and overdue. Office
 * staff and coordinators register ({@link DossierChange#PAYMENT_FOLLOW_UP}); an invoice is never paid more than its
 * total.
 */
@Service
public class Payments {

    private final PaymentRepository payments;
    private final InvoiceRepository invoices;
    private final Caseload caseload;
    private final DossierChanges changes;
    private final Timeline timeline;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public Payments(PaymentRepository payments, InvoiceRepository invoices, Caseload caseload, DossierChanges changes,
                    Timeline timeline, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.changes = changes;
        this.payments = payments;
        this.invoices = invoices;
        this.caseload = caseload;
        this.timeline = timeline;
        this.clock = clock;
    }

    /**
     * @throws PaymentRefusedException when the invoice is not issued, the amount is not positive or more than is
     *                                 open, or the date is in the future or before the invoice
     * @throws be.actraject.domain.access.NotPermittedException for an actor who does not follow up payments
     */
    @Transactional
    public PaymentState register(long invoiceId, LocalDate paidOn, BigDecimal amount, String reference,
                                 Actor actor) {
        return register(invoiceId, paidOn, amount, reference, false, actor);
    }

    /**
     * Registers money the bank booked on the cooperative's account, on the bank's booking date. Unlike a typed date,
     * that date may lie before the invoice's: a customer who pays on a quote or an order pays before the invoice
     * exists (a prepayment), and the money came in on that day; the ledger counts it on the day it was received.
     * Never in the future, never more than is open.
     *
     * @throws PaymentRefusedException as {@link #register}, except for a date before the invoice
     */
    @Transactional
    public PaymentState registerReceived(long invoiceId, LocalDate bookedOn, BigDecimal amount, String reference,
                                         Actor actor) {
        return register(invoiceId, bookedOn, amount, reference, true, actor);
    }

    private PaymentState register(long invoiceId, LocalDate paidOn, BigDecimal amount, String reference,
                                  boolean beforeInvoice, Actor actor) {
        DossierChange.PAYMENT_FOLLOW_UP.asMaker(actor); // refused before saying whether the invoice exists
        Invoice invoice = invoices.findById(invoiceId).orElseThrow(() -> new InvoiceNotFoundException(invoiceId));
        changes.trajectory(invoice.getTrajectoryId(), DossierChange.PAYMENT_FOLLOW_UP, actor);
        if (invoice.getStatus() != InvoiceStatus.ISSUED) {
            throw new PaymentRefusedException(Reason.NOT_ISSUED);
        }
        if (!NumberKind.MONEY.accepts(amount) || amount.signum() == 0) {
            throw new PaymentRefusedException(Reason.AMOUNT);
        }
        if (paidOn == null || paidOn.isAfter(LocalDate.now(clock))
                || !beforeInvoice && paidOn.isBefore(invoice.getIssuedOn())) {
            throw new PaymentRefusedException(Reason.DATE);
        }
        PaymentState before = stateOf(invoice);
        if (amount.compareTo(before.open()) > 0) {
            throw new PaymentRefusedException(Reason.OVERPAID);
        }
        payments.save(new Payment(invoiceId, paidOn, NumberKind.MONEY.stored(amount), reference,
                actor.userId(), clock.instant()));
        timeline.record(invoice.getTrajectoryId(), TimelineKind.PAYMENT_REGISTERED, actor.userId(),
                invoice.getNumber());
        PaymentState after = stateOf(invoice);
        if (after.open().signum() <= 0) {
            events.publishEvent(new InvoiceSettled(invoiceId));
        }
        return after;
    }

    /**
     * Records that the customer of an overdue invoice was reminded (by mail, phone or letter, as the note says).
     *
     * @throws PaymentRefusedException (NOT_ISSUED) for an invoice not issued
     * @throws be.actraject.domain.access.NotPermittedException for an actor who does not follow up payments
     */
    @Transactional
    public void reminded(long invoiceId, String note, Actor actor) {
        DossierChange.PAYMENT_FOLLOW_UP.asMaker(actor); // refused before saying whether the invoice exists
        Invoice invoice = invoices.findById(invoiceId).orElseThrow(() -> new InvoiceNotFoundException(invoiceId));
        changes.trajectory(invoice.getTrajectoryId(), DossierChange.PAYMENT_FOLLOW_UP, actor);
        if (invoice.getStatus() != InvoiceStatus.ISSUED) {
            throw new PaymentRefusedException(Reason.NOT_ISSUED);
        }
        PaymentState state = stateOf(invoice);
        if (state.open().signum() <= 0) {
            return; // paid meanwhile: nothing was reminded
        }
        String said = note == null || note.isBlank() ? invoice.getNumber()
                : invoice.getNumber() + ": " + note.strip();
        timeline.record(invoice.getTrajectoryId(), TimelineKind.PAYMENT_REMINDED, actor.userId(),
                said.length() > 500 ? said.substring(0, 500) : said);
        events.publishEvent(new PaymentReminded(invoiceId, state.open()));
    }

    /** The payment state of one invoice. */
    @Transactional(readOnly = true)
    public PaymentState of(Invoice invoice) {
        return stateOf(invoice);
    }

    /** The payment state of each invoice of a trajectory, by invoice id, in one query. */
    @Transactional(readOnly = true)
    public Map<Long, PaymentState> of(long trajectoryId, Actor actor) {
        caseload.trajectory(trajectoryId, actor);
        List<Invoice> ofTrajectory = invoices.findByTrajectoryIdOrderByIdDesc(trajectoryId);
        Map<Long, List<Payment>> byInvoice = payments.findByInvoiceIdInOrderByPaidOnAscIdAsc(
                        ofTrajectory.stream().map(Invoice::getId).toList()).stream()
                .collect(Collectors.groupingBy(Payment::getInvoiceId));
        Map<Long, BigDecimal> credited = credited(ofTrajectory);
        return ofTrajectory.stream().collect(Collectors.toMap(Invoice::getId,
                i -> new PaymentState(i, byInvoice.getOrDefault(i.getId(), List.of()),
                        credited.getOrDefault(i.getId(), BigDecimal.ZERO))));
    }

    /**
     * The issued invoices still (partly) unpaid, of the candidates the actor may see, the earliest due first: what
     * office staff follow up. A few queries whatever the number of invoices.
     */
    @Transactional(readOnly = true)
    public List<OpenInvoice> open(Actor actor) {
        List<Invoice> issued = invoices.findByStatusOrderByDueOnAscIdAsc(InvoiceStatus.ISSUED);
        Map<Long, List<Payment>> byInvoice = payments.findByInvoiceIdInOrderByPaidOnAscIdAsc(
                        issued.stream().map(Invoice::getId).toList()).stream()
                .collect(Collectors.groupingBy(Payment::getInvoiceId));
        Map<Long, Trajectory> trajectories = caseload.byIds(issued.stream().map(Invoice::getTrajectoryId)
                .distinct().toList());
        Predicate<Trajectory> visible = caseload.visibility(actor);
        Map<Long, BigDecimal> credited = credited(issued);
        return issued.stream()
                .map(i -> new OpenInvoice(new PaymentState(i, byInvoice.getOrDefault(i.getId(), List.of()),
                        credited.getOrDefault(i.getId(), BigDecimal.ZERO)),
                        trajectories.get(i.getTrajectoryId())))
                .filter(o -> o.trajectory() != null && visible.test(o.trajectory()) && o.state().open().signum() > 0)
                .toList();
    }

    private PaymentState stateOf(Invoice invoice) {
        return new PaymentState(invoice, payments.findByInvoiceIdInOrderByPaidOnAscIdAsc(List.of(invoice.getId())),
                credited(invoices.findByCreditedInvoiceId(invoice.getId())).getOrDefault(invoice.getId(),
                        BigDecimal.ZERO));
    }

    /** What the issued credit notes among these invoices credit, by the invoice they credit. */
    private static Map<Long, BigDecimal> credited(List<Invoice> among) {
        return among.stream().filter(i -> i.isCreditNote() && i.getStatus() == InvoiceStatus.ISSUED)
                .collect(Collectors.toMap(Invoice::getCreditedInvoiceId, Invoice::total, BigDecimal::add));
    }

    /**
     * The payments received in a period on a trajectory's invoices, each with the share of it that is revenue
     * excluding VAT (the payment × the invoice's net total ÷ its total, to the cent): what the extra-earnings ledger
     * counts as paid revenue.
     */
    @Transactional(readOnly = true)
    public BigDecimal paidRevenue(long trajectoryId, LocalDate from, LocalDate until) {
        List<Invoice> ofTrajectory = invoices.findByTrajectoryIdOrderByIdDesc(trajectoryId);
        Map<Long, Invoice> byId = ofTrajectory.stream().collect(Collectors.toMap(Invoice::getId, i -> i));
        return payments.findByInvoiceIdInOrderByPaidOnAscIdAsc(List.copyOf(byId.keySet())).stream()
                .filter(p -> !p.getPaidOn().isBefore(from) && !p.getPaidOn().isAfter(until))
                .map(p -> {
                    Invoice i = byId.get(p.getInvoiceId());
                    return i.total().signum() == 0 ? BigDecimal.ZERO
                            : p.getAmount().multiply(i.getAmountExclVat()).divide(i.total(), 2, RoundingMode.HALF_UP);
                })
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
