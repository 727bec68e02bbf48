package be.actraject.domain.invoice;

import be.actraject.domain.trajectory.Timeline;
import be.actraject.domain.trajectory.TimelineKind;
import be.actraject.domain.trajectory.TrajectoryProgress;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Numbers invoices {@code YYYY-NNNNN} from the year's counter ({@link InvoiceCounters}), in the approval's
 * transaction: gapless under concurrent approvals and rollbacks.
 */
@Service
class YearlyCounterInvoiceIssuing implements InvoiceIssuing {

    private final InvoiceRepository invoices;
    private final InvoiceCounters counters;
    private final Timeline timeline;
    private final Clock clock;

    YearlyCounterInvoiceIssuing(InvoiceRepository invoices, InvoiceCounters counters, Timeline timeline,
                                Clock clock) {
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
        String number = "%d-%05d".formatted(today.getYear(), counters.next(today.getYear()));
        invoice.issue(number, today);
        timeline.record(invoice.getTrajectoryId(), TimelineKind.INVOICE_ISSUED, TrajectoryProgress.SYSTEM_ACTOR,
                number);
        return number;
    }
}
