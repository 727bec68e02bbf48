package be.actraject.domain.invoice;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

public interface PaymentRepository extends JpaRepository<Payment, Long> {

    List<Payment> findByInvoiceIdInOrderByPaidOnAscIdAsc(Collection<Long> invoiceIds);

    List<Payment> findByPaidOnBetweenOrderByPaidOnAscIdAsc(LocalDate from, LocalDate to);
}
