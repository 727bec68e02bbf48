package be.actraject.domain.invoice;

import be.actraject.domain.belgium.StructuredCommunication;
import be.actraject.domain.cooperative.Cooperative;
import be.actraject.domain.customer.Customers;
import be.actraject.domain.trajectory.Timeline;
import be.actraject.domain.trajectory.TimelineKind;
import be.actraject.domain.trajectory.TrajectoryProgress;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Numbers invoices {@code YYYY-NNNNN} from the year's counter ({@link InvoiceCounters}), in the approval's
 * transaction: gapless under concurrent approvals and rollbacks. The invoice also gets its structured communication
 * and its due date (the cooperative's payment term), and a copy of the cooperative's details as configured now
 * ({@link IssuedSeller}) and of its customer's ({@link IssuedBuyer}), and is final from then on. Its issue is published ({@link InvoiceIssued}) in the same
 * transaction, for the mail that sends it to the customer.
 */
@Service
class YearlyCounterInvoiceIssuing implements InvoiceIssuing {

    private final InvoiceRepository invoices;
    private final InvoiceCounters counters;
    private final Customers customers;
    private final Cooperative cooperative;
    private final Timeline timeline;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    YearlyCounterInvoiceIssuing(InvoiceRepository invoices, InvoiceCounters counters, Customers customers,
                                Cooperative cooperative, Timeline timeline, ApplicationEventPublisher events,
                                Clock clock) {
        this.customers = customers;
        this.events = events;
        this.cooperative = cooperative;
        this.invoices = invoices;
        this.counters = counters;
        this.timeline = timeline;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public String issue(long invoiceId) {
        Invoice invoice = invoices.findById(invoiceId).orElseThrow(() -> new InvoiceNotFoundException(invoiceId));
        LocalDate today = LocalDate.now(clock);
        int sequence = counters.next(today.getYear());
        String number = "%d-%05d".formatted(today.getYear(), sequence);
        if (invoice.isCreditNote()) {
            // Nothing to pay: a credit note lowers what is open on the invoice it credits.
            invoice.issue(number, today, null, null, IssuedSeller.of(cooperative));
        } else {
            // The communication is the number's digits (year and sequence), so each invoice has its own.
            invoice.issue(number, today, StructuredCommunication.ofBase(today.getYear() * 100_000L + sequence),
                    today.plusDays(cooperative.getPaymentTermDays()), IssuedSeller.of(cooperative));
        }
        if (invoice.getCustomerId() != null) {
            customers.byId(invoice.getCustomerId()).ifPresent(c -> invoice.recordBuyerIfMissing(IssuedBuyer.of(c)));
        }
        timeline.record(invoice.getTrajectoryId(), TimelineKind.INVOICE_ISSUED, TrajectoryProgress.SYSTEM_ACTOR,
                number);
        events.publishEvent(new InvoiceIssued(invoiceId));
        return number;
    }
}
