package be.actraject.domain.bankstatement;

import be.actraject.domain.invoice.Payment;
import org.springframework.data.repository.Repository;

import java.util.Collection;
import java.util.List;

/**
 * The payments booked from statement lines, found by the reference they carry ({@code "CAMT " + line reference}):
 * what of a line is matched already, so that a line matched for part of its amount keeps the rest on the review list.
 */
interface StatementPayments extends Repository<Payment, Long> {

    List<Payment> findByReferenceIn(Collection<String> references);
}
