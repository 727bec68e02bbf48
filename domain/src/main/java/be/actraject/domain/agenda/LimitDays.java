package be.actraject.domain.agenda;

import be.actraject.domain.trajectory.Trajectory;
import be.actraject.workflow.Phase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The limits of the running phase as a week or month shows them (issue 19): the last day of phases 1–3 (before the
 * invoicing phase) and of the invoicing phase, counted per day by the database and read only for the days with few.
 * Every running trajectory has one: at the load harness's 30,000 candidates one day held 3,000, which made the month a
 * 1.7 MB page of 2 s. Found by {@code ix_trajectory_pre_invoicing_limit} and {@code ix_trajectory_invoicing_limit}.
 */
@Component
class LimitDays {

    private static final String PRE_INVOICING = "(t.phase is null or t.phase <> :invoicing)";
    private static final String INVOICING = "t.phase = :invoicing";

    private final EntityManager entities;

    LimitDays(EntityManager entities) {
        this.entities = entities;
    }

    /** Per day of [from, until) with any, how many limits of each kind fall on it. */
    Map<LocalDate, Map<AgendaItem.Kind, Integer>> countPerDay(AgendaScope scope, LocalDate from, LocalDate until) {
        Map<LocalDate, Map<AgendaItem.Kind, Integer>> perDay = new HashMap<>();
        count(scope, PRE_INVOICING, "t.preInvoicingLimit", from, until).forEach((day, n) -> perDay.computeIfAbsent(
                day, d -> new HashMap<>()).put(AgendaItem.Kind.PRE_INVOICING_LIMIT, n.intValue()));
        count(scope, INVOICING, "t.invoicingLimit", from, until).forEach((day, n) -> perDay.computeIfAbsent(
                day, d -> new HashMap<>()).put(AgendaItem.Kind.INVOICING_LIMIT, n.intValue()));
        return perDay;
    }

    /** The running trajectories, with their candidates, whose limit of the kind falls on one of these days. */
    List<Trajectory> on(AgendaScope scope, Collection<LocalDate> preInvoicingDays,
                        Collection<LocalDate> invoicingDays) {
        StringBuilder which = new StringBuilder();
        if (!preInvoicingDays.isEmpty()) {
            which.append(PRE_INVOICING + " and t.preInvoicingLimit in :preDays");
        }
        if (!invoicingDays.isEmpty()) {
            which.append(which.isEmpty() ? "" : " or ").append(INVOICING + " and t.invoicingLimit in :days");
        }
        if (which.isEmpty()) {
            return List.of();
        }
        TypedQuery<Trajectory> query = entities.createQuery("select t from Trajectory t join fetch t.candidate"
                + " where t.exitType is null and (" + which + ")" + scope.on("t"), Trajectory.class);
        query.setParameter("invoicing", Phase.INVOICING);
        if (!preInvoicingDays.isEmpty()) {
            query.setParameter("preDays", preInvoicingDays);
        }
        if (!invoicingDays.isEmpty()) {
            query.setParameter("days", invoicingDays);
        }
        return scope.bind(query).getResultList();
    }

    /** How many limits of the kind fall on the day. */
    long countOn(AgendaScope scope, AgendaItem.Kind kind, LocalDate day) {
        return scope.bind(entities.createQuery("select count(t) from Trajectory t where t.exitType is null and "
                        + phaseOf(kind) + " and " + columnOf(kind) + " = :day" + scope.on("t"), Long.class))
                .setParameter("invoicing", Phase.INVOICING).setParameter("day", day).getSingleResult();
    }

    /**
     * One page of the trajectories, with their candidates, whose limit of the kind falls on the day, by name as the
     * agenda shows it (first name first): the folded search name starts with the first and the last name, so the
     * database sorts "anna", "Çağrı" and "Zoë" as the agenda's {@link AgendaItem#ORDER} does, whatever its collation.
     */
    List<Trajectory> pageOn(AgendaScope scope, AgendaItem.Kind kind, LocalDate day, int first, int max) {
        return scope.bind(entities.createQuery("select t from Trajectory t join fetch t.candidate c"
                        + " where t.exitType is null and " + phaseOf(kind) + " and " + columnOf(kind) + " = :day"
                        + scope.on("t") + " order by c.searchName, t.id", Trajectory.class))
                .setParameter("invoicing", Phase.INVOICING).setParameter("day", day)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    private Map<LocalDate, Long> count(AgendaScope scope, String phase, String column, LocalDate from,
                                       LocalDate until) {
        return scope.bind(entities.createQuery("select " + column + ", count(t) from Trajectory t"
                        + " where t.exitType is null and " + phase + " and " + column + " >= :from and " + column
                        + " < :until" + scope.on("t") + " group by " + column, Object[].class))
                .setParameter("invoicing", Phase.INVOICING).setParameter("from", from).setParameter("until", until)
                .getResultStream().collect(Collectors.toMap(row -> (LocalDate) row[0], row -> (Long) row[1]));
    }

    private static String phaseOf(AgendaItem.Kind kind) {
        return kind == AgendaItem.Kind.INVOICING_LIMIT ? INVOICING : PRE_INVOICING;
    }

    private static String columnOf(AgendaItem.Kind kind) {
        return kind == AgendaItem.Kind.INVOICING_LIMIT ? "t.invoicingLimit" : "t.preInvoicingLimit";
    }
}
