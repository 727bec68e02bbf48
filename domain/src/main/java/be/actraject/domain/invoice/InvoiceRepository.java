package be.actraject.domain.invoice;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

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
}
