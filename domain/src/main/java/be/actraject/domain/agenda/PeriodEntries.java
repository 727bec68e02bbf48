package be.actraject.domain.agenda;

import be.actraject.domain.conversation.IndividualConversation;
import be.actraject.domain.training.Enrolment;
import be.actraject.domain.training.Enrolments;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.workflow.ExitType;
import be.actraject.workflow.Phase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The agenda's reads, each bounded by the period through an indexed date and narrowed to the {@link AgendaScope} in
 * the same statement (issue 19): their number and their rows follow the period's entries, not the caseload. Only
 * running trajectories have appointments; ended ones only their follow-ups ({@link #endedWithin}).
 */
@Component
class PeriodEntries {

    private final EntityManager entities;

    PeriodEntries(EntityManager entities) {
        this.entities = entities;
    }

    /**
     * The running trajectories, with their candidates, whose limit of the current phase falls on [from, until): the
     * invoicing limit in the invoicing phase, the pre-invoicing limit before (as {@code Trajectory#daysLeft}). Found
     * by {@code ix_trajectory_invoicing_limit} and {@code ix_trajectory_pre_invoicing_limit}.
     */
    List<Trajectory> limits(AgendaScope scope, LocalDate from, LocalDate until) {
        TypedQuery<Trajectory> query = entities.createQuery("""
                select t from Trajectory t join fetch t.candidate
                where t.exitType is null and (
                    (t.phase = :invoicing and t.invoicingLimit >= :from and t.invoicingLimit < :until)
                    or ((t.phase is null or t.phase <> :invoicing)
                        and t.preInvoicingLimit >= :from and t.preInvoicingLimit < :until))""" + scope.on("t"),
                Trajectory.class);
        return scope.bind(query).setParameter("invoicing", Phase.INVOICING).setParameter("from", from)
                .setParameter("until", until).getResultList();
    }

    /** The conversations planned to start in [start, end) in running trajectories, by start. */
    List<PlannedConversation> planned(AgendaScope scope, Instant start, Instant end) {
        TypedQuery<PlannedConversation> query = entities.createQuery("""
                select p from PlannedConversation p join Trajectory t on t.id = p.trajectoryId
                where p.startsAt >= :start and p.startsAt < :end and t.exitType is null""" + scope.on("t")
                + " order by p.startsAt, p.id", PlannedConversation.class);
        return scope.bind(query).setParameter("start", start).setParameter("end", end).getResultList();
    }

    /**
     * The latest report of each running trajectory whose "next conversation" day falls on [from, until); a later
     * report plans anew. Found by {@code ix_conversation_next_planned} (V46).
     */
    List<IndividualConversation> nextConversations(AgendaScope scope, LocalDate from, LocalDate until) {
        return latestReports("select c", " and c.nextPlannedOn >= :from and c.nextPlannedOn < :until", "", scope,
                IndividualConversation.class).setParameter("from", from).setParameter("until", until).getResultList();
    }

    /** How many {@link #nextConversations} each day of [from, until) that has any holds, counted by the database. */
    Map<LocalDate, Long> nextConversationsPerDay(AgendaScope scope, LocalDate from, LocalDate until) {
        return latestReports("select c.nextPlannedOn, count(c)",
                " and c.nextPlannedOn >= :from and c.nextPlannedOn < :until", " group by c.nextPlannedOn", scope,
                Object[].class).setParameter("from", from).setParameter("until", until).getResultStream()
                .collect(Collectors.toMap(row -> (LocalDate) row[0], row -> (Long) row[1]));
    }

    /** The {@link #nextConversations} on these days; none for none. */
    List<IndividualConversation> nextConversationsOn(AgendaScope scope, Collection<LocalDate> days) {
        return days.isEmpty() ? List.of() : latestReports("select c", " and c.nextPlannedOn in :days", "", scope,
                IndividualConversation.class).setParameter("days", days).getResultList();
    }

    /** The {@link #nextConversations} of these trajectories; none for none. */
    List<IndividualConversation> nextConversationsOf(AgendaScope scope, Collection<Long> trajectoryIds,
                                                     LocalDate from, LocalDate until) {
        return trajectoryIds.isEmpty() ? List.of() : latestReports("select c", " and c.trajectoryId in :ids"
                        + " and c.nextPlannedOn >= :from and c.nextPlannedOn < :until", "", scope,
                IndividualConversation.class).setParameter("ids", trajectoryIds).setParameter("from", from)
                .setParameter("until", until).getResultList();
    }

    /**
     * How many {@link #nextConversations} fall on {@code day} [start, end) without a conversation planned for the
     * same trajectory that day (which tells the same appointment more precisely).
     */
    long nextConversationsOnDayCount(AgendaScope scope, LocalDate day, Instant start, Instant end) {
        return latestReports("select count(c)", ON_DAY_UNPLANNED, "", scope, Long.class).setParameter("day", day)
                .setParameter("start", start).setParameter("end", end).getSingleResult();
    }

    /**
     * One page of those {@link #nextConversationsOnDayCount} counts, by candidate's name as the agenda shows it, in the
     * folded form that sorts alike on H2 and PostgreSQL (see {@link LimitDays#pageOn}).
     */
    List<IndividualConversation> nextConversationsOnDay(AgendaScope scope, LocalDate day, Instant start, Instant end,
                                                        int first, int max) {
        return latestReports("select c", ON_DAY_UNPLANNED,
                " order by t.candidate.searchName, c.id", scope, IndividualConversation.class)
                .setParameter("day", day).setParameter("start", start).setParameter("end", end)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    private static final String ON_DAY_UNPLANNED = """
             and c.nextPlannedOn = :day and not exists (select p.id from PlannedConversation p
                where p.trajectoryId = c.trajectoryId and p.startsAt >= :start and p.startsAt < :end)""";

    /** The latest report of each running trajectory in scope, narrowed by {@code on}: a later report plans anew. */
    private <R> TypedQuery<R> latestReports(String select, String on, String groupBy, AgendaScope scope,
                                            Class<R> type) {
        return scope.bind(entities.createQuery(select + """
                 from IndividualConversation c join Trajectory t on t.id = c.trajectoryId
                where t.exitType is null and not exists (select later.id from IndividualConversation later
                    where later.trajectoryId = c.trajectoryId
                    and (later.heldOn > c.heldOn or later.heldOn = c.heldOn and later.id > c.id))""" + on
                + scope.on("t") + groupBy, type));
    }

    /**
     * The enrolments of running trajectories at moments held on [from, until), in the states the agenda shows
     * ({@link Enrolments#IN_AGENDA}). Found by {@code ix_training_moment_held} (V46).
     */
    List<Enrolment> trainingMoments(AgendaScope scope, LocalDate from, LocalDate until) {
        TypedQuery<Enrolment> query = entities.createQuery("""
                select e from Enrolment e join fetch e.moment m join Trajectory t on t.id = e.trajectoryId
                where m.heldOn >= :from and m.heldOn < :until and e.state in :states
                and t.exitType is null""" + scope.on("t"), Enrolment.class);
        return scope.bind(query).setParameter("from", from).setParameter("until", until)
                .setParameter("states", Enrolments.IN_AGENDA).getResultList();
    }

    /** The days [first, last) of exits whose follow-up may fall in the period. */
    record Days(LocalDate first, LocalDate last) {
    }

    /**
     * The trajectories, with their candidates, that ended by an exit with aftercare (not a stop) on a day of one of
     * the windows and not before {@code since}: each window is found by {@code ix_trajectory_end_date}.
     *
     * @param windows not empty
     */
    List<Trajectory> endedWithin(AgendaScope scope, List<Days> windows, LocalDate since) {
        return endedWithin(scope, windows, since, "");
    }

    /** {@link #endedWithin} of the exits from before schedules were kept with the trajectory (V43). */
    List<Trajectory> endedWithoutKeptSchedule(AgendaScope scope, List<Days> windows, LocalDate since) {
        return endedWithin(scope, windows, since, " and t.aftercareSchedule is null");
    }

    private List<Trajectory> endedWithin(AgendaScope scope, List<Days> windows, LocalDate since, String schedule) {
        StringBuilder days = new StringBuilder();
        for (int n = 0; n < windows.size(); n++) {
            days.append(n == 0 ? "" : " or ").append("(t.endDate >= :first").append(n)
                    .append(" and t.endDate < :last").append(n).append(')');
        }
        TypedQuery<Trajectory> query = entities.createQuery("""
                select t from Trajectory t join fetch t.candidate
                where t.exitType is not null and t.exitType <> :stopped and t.endDate >= :since and ("""
                + days + ")" + schedule + scope.on("t"), Trajectory.class);
        for (int n = 0; n < windows.size(); n++) {
            query.setParameter("first" + n, windows.get(n).first()).setParameter("last" + n, windows.get(n).last());
        }
        return scope.bind(query).setParameter("stopped", ExitType.STOPPED).setParameter("since", since)
                .getResultList();
    }

    /**
     * How many exits in scope on each day of {@code exits} have a follow-up at {@code offset} in the schedule kept
     * with them and not recorded: one row per exit day that has any, found by {@code ix_trajectory_end_date} (and the
     * coach's, {@code ix_trajectory_coach_end_date}, V51).
     *
     * @param offset a period as the schedule writes it, {@code P3M}
     */
    Map<LocalDate, Long> followUpsByExitDay(AgendaScope scope, Days exits, String offset) {
        TypedQuery<Object[]> query = entities.createQuery("""
                select t.endDate, count(t) from Trajectory t
                where t.exitType is not null and t.exitType <> :stopped and t.endDate >= :first and t.endDate < :last
                and concat(',', t.aftercareSchedule, ',') like :scheduled
                and not exists (select a.id from AftercareContact a
                    where a.trajectoryId = t.id and a.followUp = :offset)""" + scope.on("t")
                + " group by t.endDate", Object[].class);
        return scope.bind(query).setParameter("stopped", ExitType.STOPPED).setParameter("first", exits.first())
                .setParameter("last", exits.last()).setParameter("scheduled", "%," + offset + ",%")
                .setParameter("offset", offset).getResultStream()
                .collect(Collectors.toMap(row -> (LocalDate) row[0], row -> (Long) row[1]));
    }

    /** The trajectories in scope, with their candidates, that ended on one of these days with a kept schedule. */
    List<Trajectory> endedOnWithKeptSchedule(AgendaScope scope, Collection<LocalDate> exits) {
        TypedQuery<Trajectory> query = entities.createQuery("""
                select t from Trajectory t join fetch t.candidate
                where t.exitType is not null and t.exitType <> :stopped and t.endDate in :exits
                and t.aftercareSchedule is not null""" + scope.on("t"), Trajectory.class);
        return scope.bind(query).setParameter("stopped", ExitType.STOPPED).setParameter("exits", exits)
                .getResultList();
    }

    /** Of these learning groups, those a running trajectory in scope is a member of. */
    Set<Long> learningGroupsJoined(AgendaScope scope, Collection<Long> groupIds) {
        if (groupIds.isEmpty()) {
            return Set.of();
        }
        TypedQuery<Long> query = entities.createQuery("""
                select distinct m.group.id from GroupMember m join Trajectory t on t.id = m.trajectoryId
                where m.group.id in :groups and t.exitType is null""" + scope.on("t"), Long.class);
        return new HashSet<>(scope.bind(query).setParameter("groups", groupIds).getResultList());
    }

    /** Of these sector groups, those with a current member that is a running trajectory in scope. */
    Set<Long> sectorGroupsWithMember(AgendaScope scope, Collection<Long> groupIds) {
        if (groupIds.isEmpty()) {
            return Set.of();
        }
        TypedQuery<Long> query = entities.createQuery("""
                select distinct m.group.id from SectorMember m join Trajectory t on t.id = m.trajectoryId
                where m.group.id in :groups and m.leftOn is null and t.exitType is null""" + scope.on("t"),
                Long.class);
        return new HashSet<>(scope.bind(query).setParameter("groups", groupIds).getResultList());
    }

    /** The trajectories, with their candidates, that the period's entries name, by id: one query, none for none. */
    Map<Long, Trajectory> trajectories(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return entities.createQuery("select t from Trajectory t join fetch t.candidate where t.id in :ids",
                        Trajectory.class).setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(Trajectory::getId, Function.identity(), (a, b) -> a));
    }
}
