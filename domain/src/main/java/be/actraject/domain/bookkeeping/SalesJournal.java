package be.actraject.domain.bookkeeping;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.domain.customer.Customer;
import be.actraject.domain.customer.Customers;
import be.actraject.domain.einvoice.TaxRate;
import be.actraject.domain.einvoice.Totals;
import be.actraject.domain.invoice.Invoice;
import be.actraject.domain.invoice.InvoiceRepository;
import be.actraject.domain.invoice.InvoiceStatus;
import be.actraject.domain.invoice.Payment;
import be.actraject.domain.invoice.PaymentRepository;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.workflow.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The sales journal a bookkeeper loads: every invoice and credit note issued in a period, under the cooperative's
 * enterprise number, whatever candidate it belongs to. Office staff, who issue them, and coordinators read it. A fixed
 * number of queries whatever the number of documents (five: documents with their lines, customers, trajectories with
 * candidates, credited invoices, payments).
 */
@Service
public class SalesJournal {

    private final InvoiceRepository invoices;
    private final PaymentRepository payments;
    private final Customers customers;
    private final Caseload caseload;

    public SalesJournal(InvoiceRepository invoices, PaymentRepository payments, Customers customers,
                        Caseload caseload) {
        this.invoices = invoices;
        this.payments = payments;
        this.customers = customers;
        this.caseload = caseload;
    }

    /**
     * @throws NotPermittedException for an actor who is neither office staff nor a coordinator
     */
    @Transactional(readOnly = true)
    public Journal of(JournalPeriod period, Actor actor) {
        if (!actor.has(Role.OFFICE) && !actor.has(Role.COORDINATOR)) {
            throw new NotPermittedException(actor.userId(), "read the sales journal");
        }
        List<Invoice> issued = invoices.findByStatusAndIssuedOnBetweenOrderByIssuedOnAscNumberAsc(
                InvoiceStatus.ISSUED, period.from(), period.to());
        List<Payment> received = payments.findByPaidOnBetweenOrderByPaidOnAscIdAsc(period.from(), period.to());
        Map<Long, Invoice> byId = issued.stream().collect(Collectors.toMap(Invoice::getId, Function.identity()));
        // Credit notes name their invoice, payments theirs; either may be of an earlier period.
        List<Long> elsewhere = Stream.concat(
                        issued.stream().map(Invoice::getCreditedInvoiceId).filter(Objects::nonNull),
                        received.stream().map(Payment::getInvoiceId))
                .filter(id -> !byId.containsKey(id)).distinct().toList();
        Map<Long, Invoice> all = new LinkedHashMap<>(byId);
        if (!elsewhere.isEmpty()) {
            invoices.findAllById(elsewhere).forEach(i -> all.put(i.getId(), i));
        }
        Map<Long, Customer> customerById = customers.byIds(ids(all.values().stream().map(Invoice::getCustomerId)));
        Map<Long, Trajectory> trajectories = caseload.byIds(ids(issued.stream().map(Invoice::getTrajectoryId)));
        List<JournalEntry> entries = issued.stream().map(i -> new JournalEntry(i, customerById.get(i.getCustomerId()),
                candidateName(trajectories.get(i.getTrajectoryId())),
                i.getCreditedInvoiceId() == null ? null : all.get(i.getCreditedInvoiceId()).getNumber(),
                i.totals())).toList();
        List<JournalPayment> paymentLines = received.stream().map(p -> {
            Invoice invoice = all.get(p.getInvoiceId());
            return new JournalPayment(p, invoice.getNumber(), invoice.getCustomerName());
        }).toList();
        return new Journal(period, entries, rateTotals(entries), paymentLines);
    }

    /** Per VAT rate, in the order the rates first appear; credit notes deducted. */
    static List<RateTotal> rateTotals(List<JournalEntry> entries) {
        Map<String, TaxRate> rates = new LinkedHashMap<>();
        Map<String, BigDecimal[]> sums = new LinkedHashMap<>();
        for (JournalEntry entry : entries) {
            for (Totals.Subtotal subtotal : entry.totals().breakdown()) {
                String key = subtotal.rate().breakdownKey();
                rates.putIfAbsent(key, subtotal.rate());
                BigDecimal[] sum = sums.computeIfAbsent(key, k -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO});
                sum[0] = sum[0].add(entry.signed(subtotal.taxable()));
                sum[1] = sum[1].add(entry.signed(subtotal.vat()));
            }
        }
        List<RateTotal> totals = new ArrayList<>();
        sums.forEach((key, sum) -> totals.add(new RateTotal(rates.get(key), sum[0], sum[1])));
        return List.copyOf(totals);
    }

    private static Collection<Long> ids(Stream<Long> ids) {
        return ids.filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private static String candidateName(Trajectory trajectory) {
        return trajectory == null ? "" : trajectory.getCandidate().getFirstName() + " "
                + trajectory.getCandidate().getLastName();
    }
}
