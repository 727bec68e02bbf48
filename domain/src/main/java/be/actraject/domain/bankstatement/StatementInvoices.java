package be.actraject.domain.bankstatement;

import be.actraject.domain.invoice.Invoice;
import org.springframework.data.repository.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The invoices as a statement line finds them: by the structured communication paid with, or by number. */
interface StatementInvoices extends Repository<Invoice, Long> {

    Optional<Invoice> findFirstByCommunication(String digits);

    Optional<Invoice> findFirstByNumber(String number);

    List<Invoice> findByIdIn(Collection<Long> ids);
}
