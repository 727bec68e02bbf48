package be.actraject.domain.invoice;

import be.actraject.domain.access.Actor;
import be.actraject.domain.customer.CustomerRepository;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.Timeline;
import be.actraject.domain.trajectory.TimelineKind;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.workflow.Phase;
import jakarta.validation.Valid;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.util.List;

/** Drafting, sending back and correcting invoices; issuing is {@link InvoiceIssuing}'s. */
@Service
@Validated
public class Invoices {

    private static final List<InvoiceStatus> PENDING = List.of(InvoiceStatus.SUBMITTED, InvoiceStatus.SENT_BACK);

    private final InvoiceRepository invoices;
    private final CustomerRepository customers;
    private final Caseload caseload;
    private final Timeline timeline;
    private final Clock clock;

    public Invoices(InvoiceRepository invoices, CustomerRepository customers, Caseload caseload, Timeline timeline,
                    Clock clock) {
        this.invoices = invoices;
        this.customers = customers;
        this.caseload = caseload;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** Records a new invoice, submitted for approval. Only in the invoicing phase. */
    @Transactional
    public Invoice submit(long trajectoryId, @Valid InvoiceDraft draft, Actor actor) {
        Trajectory trajectory = caseload.activeTrajectory(trajectoryId, actor);
        if (trajectory.getPhase() != Phase.INVOICING) {
            throw new NotInvoicingException(trajectoryId);
        }
        requireCustomerOf(trajectoryId, draft);
        Invoice saved = invoices.save(new Invoice(trajectoryId, draft, actor.userId(), clock.instant()));
        timeline.record(trajectoryId, TimelineKind.INVOICE_DRAFTED, actor.userId(), saved.total().toPlainString());
        return saved;
    }

    @Transactional
    public void sendBack(long invoiceId, String remarks, Actor actor) {
        Invoice invoice = invoice(invoiceId, actor);
        invoice.sendBack(remarks);
        timeline.record(invoice.getTrajectoryId(), TimelineKind.INVOICE_SENT_BACK, actor.userId(), null);
    }

    @Transactional
    public void correct(long invoiceId, @Valid InvoiceDraft draft, Actor actor) {
        Invoice invoice = invoice(invoiceId, actor);
        requireCustomerOf(invoice.getTrajectoryId(), draft);
        invoice.correct(draft);
    }

    /** A named customer must be one of the trajectory's own. */
    private void requireCustomerOf(long trajectoryId, InvoiceDraft draft) {
        if (draft.customerId() != null && customers.findById(draft.customerId())
                .filter(c -> c.getTrajectoryId() == trajectoryId).isEmpty()) {
            throw new UnknownCustomerException(draft.customerId());
        }
    }

    /** The invoice, if the actor may see its candidate. */
    @Transactional(readOnly = true)
    public Invoice invoice(long invoiceId, Actor actor) {
        Invoice invoice = invoices.findById(invoiceId).orElseThrow(() -> new InvoiceNotFoundException(invoiceId));
        caseload.trajectory(invoice.getTrajectoryId(), actor);
        return invoice;
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
