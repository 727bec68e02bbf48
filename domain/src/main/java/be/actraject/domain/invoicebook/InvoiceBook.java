package be.actraject.domain.invoicebook;

import be.actraject.domain.access.Actor;
import be.actraject.domain.invoice.BookStatus;
import be.actraject.domain.invoice.Invoice;
import be.actraject.domain.invoice.InvoiceKind;
import be.actraject.domain.invoice.InvoiceRepository;
import be.actraject.domain.invoice.InvoiceStatus;
import be.actraject.domain.invoice.Payment;
import be.actraject.domain.invoice.PaymentRepository;
import be.actraject.domain.invoice.PaymentState;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.Trajectory;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every invoice and credit note the actor may see (the caseload's rule, as the open-invoices list had it), filtered,
 * searched and paged in the database. Nine statements a page whatever the number of invoices (a coach's a tenth, the
 * members of the groups they lead): the count, the page's
 * ids, their invoices, payments, credit notes and trajectories, the lines to total, the candidates and the customers
 * to filter by.
 */
@Service
@Transactional(readOnly = true)
public class InvoiceBook {

    private final EntityManager entities;
    private final InvoiceRepository invoices;
    private final PaymentRepository payments;
    private final Caseload caseload;

    public InvoiceBook(EntityManager entities, InvoiceRepository invoices, PaymentRepository payments,
                       Caseload caseload) {
        this.entities = entities;
        this.invoices = invoices;
        this.payments = payments;
        this.caseload = caseload;
    }

    public InvoiceBookPage page(InvoiceBookFilter filter, Actor actor, LocalDate today) {
        Map<String, Object> visibleParameters = new HashMap<>();
        String visible = " from Invoice i where 1 = 1" + BookCaseload.of(actor, caseload.inGroupsLedBy(actor),
                visibleParameters);
        Map<String, Object> parameters = new HashMap<>(visibleParameters);
        String filtered = visible + narrowing(filter, parameters)
                + BookStatusClause.of(filter.status(), today, parameters);

        long matching = query("select count(i)" + filtered, Long.class, parameters).getSingleResult();
        // A page beyond the last (an old bookmark) shows the last, never "page 100 of 1".
        int shown = (int) Math.min(filter.page(), Math.max(0, (matching - 1) / filter.size()));
        // Not issued yet first (no date, no number), then the newest: the order of the index V42 gives PostgreSQL to
        // read backwards, so that a page reads its own rows rather than sorting the whole book.
        List<Long> ids = query("select i.id" + filtered + " order by i.issuedOn desc nulls first,"
                + " i.number desc nulls first, i.id desc", Long.class, parameters)
                .setFirstResult(shown * filter.size()).setMaxResults(filter.size()).getResultList();

        Map<String, Object> issued = new HashMap<>(parameters);
        issued.put("bookIssued", InvoiceStatus.ISSUED);
        List<VatTotal> totals = BookTotals.of(query("select i.id, i.kind, l" + filtered.replaceFirst(
                " from Invoice i where", " from Invoice i join i.lines l where i.status = :bookIssued and"),
                Object[].class, issued).getResultList());
        return new InvoiceBookPage(rows(ids, today), matching, shown, filter.size(), totals,
                candidates(visible, visibleParameters), customers(visible, visibleParameters));
    }

    private static String narrowing(InvoiceBookFilter filter, Map<String, Object> parameters) {
        StringBuilder jpql = new StringBuilder();
        if (filter.from() != null) {
            jpql.append(" and i.issuedOn >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.until() != null) {
            jpql.append(" and i.issuedOn <= :until");
            parameters.put("until", filter.until());
        }
        if (filter.candidate() != null) {
            jpql.append(" and exists (select ct.id from Trajectory ct where ct.id = i.trajectoryId"
                    + " and ct.candidate.id = :candidate)");
            parameters.put("candidate", filter.candidate());
        }
        if (filter.customer() != null && !filter.customer().isBlank()) {
            jpql.append(" and i.customerName = :customer");
            parameters.put("customer", filter.customer().strip());
        }
        return jpql.append(BookSearch.of(filter.text()).clause(parameters)).toString();
    }

    private List<InvoiceBookRow> rows(List<Long> ids, LocalDate today) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Invoice> byId = invoices.findAllById(ids).stream()
                .collect(Collectors.toMap(Invoice::getId, Function.identity()));
        Map<Long, List<Payment>> paid = payments.findByInvoiceIdInOrderByPaidOnAscIdAsc(ids).stream()
                .collect(Collectors.groupingBy(Payment::getInvoiceId));
        Map<Long, BigDecimal> credited = invoices.findByCreditedInvoiceIdInAndKindAndStatus(ids,
                        InvoiceKind.CREDIT_NOTE, InvoiceStatus.ISSUED).stream()
                .collect(Collectors.toMap(Invoice::getCreditedInvoiceId, Invoice::total, BigDecimal::add));
        Map<Long, Trajectory> trajectories = caseload.byIds(byId.values().stream().map(Invoice::getTrajectoryId)
                .distinct().toList());
        return ids.stream().map(byId::get).filter(Objects::nonNull).map(i -> {
            PaymentState state = new PaymentState(i, paid.getOrDefault(i.getId(), List.of()),
                    credited.getOrDefault(i.getId(), BigDecimal.ZERO));
            return new InvoiceBookRow(state, BookStatus.of(state, today), trajectories.get(i.getTrajectoryId()));
        }).filter(r -> r.trajectory() != null).toList();
    }

    private List<CandidateChoice> candidates(String visible, Map<String, Object> parameters) {
        return query("select distinct c.id, c.firstName, c.lastName, c.sortName from Trajectory t join t.candidate c"
                + " where t.id in (select i.trajectoryId" + visible + ") order by c.sortName, c.id",
                Object[].class, parameters).getResultList().stream()
                .map(r -> new CandidateChoice((Long) r[0], r[1] + " " + r[2])).toList();
    }

    private List<String> customers(String visible, Map<String, Object> parameters) {
        return query("select distinct i.customerName" + visible + " order by i.customerName", String.class,
                parameters).getResultList();
    }

    private <T> TypedQuery<T> query(String jpql, Class<T> type, Map<String, Object> parameters) {
        TypedQuery<T> query = entities.createQuery(jpql, type);
        parameters.forEach(query::setParameter);
        return query;
    }
}
