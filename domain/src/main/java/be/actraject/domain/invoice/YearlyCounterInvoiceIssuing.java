package be.actraject.domain.invoice;

import be.actraject.domain.trajectory.Timeline;
import be.actraject.domain.trajectory.TimelineKind;
import be.actraject.domain.trajectory.TrajectoryProgress;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Numbers invoices {@code YYYY-NNNNN} from one counter row per year, incremented in the approval's transaction:
 * the row lock serialises concurrent approvals and a rollback gives the number back, so the sequence has no gaps.
 * The first invoice of a year inserts the row; two of them at the same instant make one fail on the key, and that
 * approval can simply be repeated. The invoicing issue replaces this with the cooperative's full numbering.
 */
@Service
class YearlyCounterInvoiceIssuing implements InvoiceIssuing {

    private final InvoiceRepository invoices;
    private final EntityManager em;
    private final Timeline timeline;
    private final Clock clock;

    YearlyCounterInvoiceIssuing(InvoiceRepository invoices, EntityManager em, Timeline timeline, Clock clock) {
        this.invoices = invoices;
        this.em = em;
        this.timeline = timeline;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public String issue(long invoiceId) {
        Invoice invoice = invoices.findById(invoiceId).orElseThrow(() -> new InvoiceNotFoundException(invoiceId));
        LocalDate today = LocalDate.now(clock);
        String number = "%d-%05d".formatted(today.getYear(), next(today.getYear()));
        invoice.issue(number, today);
        timeline.record(invoice.getTrajectoryId(), TimelineKind.INVOICE_ISSUED, TrajectoryProgress.SYSTEM_ACTOR,
                number);
        return number;
    }

    private int next(int year) {
        int updated = em.createNativeQuery(
                        "update invoice_counter set last_number = last_number + 1 where invoice_year = :year")
                .setParameter("year", year).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into invoice_counter (invoice_year, last_number) values (:year, 1)")
                    .setParameter("year", year).executeUpdate();
        }
        return ((Number) em.createNativeQuery("select last_number from invoice_counter where invoice_year = :year")
                .setParameter("year", year).getSingleResult()).intValue();
    }
}
