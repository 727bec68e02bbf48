package be.actraject.domain.invoice;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import be.actraject.workflow.Phase;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

public interface InvoiceRepository extends JpaRepository<Invoice, Long> {

    List<Invoice> findByTrajectoryIdOrderByIdDesc(Long trajectoryId);

    List<Invoice> findByCreditedInvoiceId(Long invoiceId);

    List<Invoice> findByCreditedInvoiceIdInAndKindAndStatus(Collection<Long> invoiceIds, InvoiceKind kind,
                                                            InvoiceStatus status);

    List<Invoice> findByTrajectoryIdInAndStatusAndIssuedOnGreaterThanEqual(Collection<Long> trajectoryIds,
                                                                          InvoiceStatus status, LocalDate from);

    List<Invoice> findByStatusOrderByDueOnAscIdAsc(InvoiceStatus status);

    /** The documents issued in a period with their lines, in one query: the sales journal's. */
    @EntityGraph(attributePaths = "lines")
    List<Invoice> findByStatusAndIssuedOnBetweenOrderByIssuedOnAscNumberAsc(InvoiceStatus status, LocalDate from,
                                                                             LocalDate to);

    long countByTrajectoryIdAndStatus(Long trajectoryId, InvoiceStatus status);

    long countByTrajectoryIdAndStatusIn(Long trajectoryId, List<InvoiceStatus> statuses);

    /**
     * The invoices and credit notes in a status, dated from a day, of the running trajectories one coach coaches in a
     * phase: rows of trajectory id, {@link InvoiceKind}, amount excluding VAT. Bounded by the period's invoices, not
     * by the coach's caseload (issue 19).
     */
    @Query("""
            select i.trajectoryId, i.kind, i.amountExclVat from Invoice i, Trajectory t
            where t.id = i.trajectoryId and t.coach = :coach and t.exitType is null and t.phase = :phase
            and i.status = :status and i.issuedOn >= :from""")
    List<Object[]> findOfRunningCoachedIn(String coach, Phase phase, InvoiceStatus status, LocalDate from);
}
