package be.actraject.domain.agenda;

import be.actraject.domain.access.Actor;
import be.actraject.domain.conversation.IndividualConversation;
import be.actraject.domain.trajectory.Trajectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A person's agenda over a period of days: what lies ahead in their caseload. A coach sees the candidates she is the
 * coach of now — their planned conversations, next-conversation days, aftercare follow-ups and limits follow the
 * candidate to a new coach on a change of coach — and the sessions of the groups she leads or her running candidates
 * joined; a member of her group coached by a colleague is the colleague's appointment, not hers, though the caseload
 * rule lets her open the dossier. Coordinators and administrators see all. The coaching record — conversations,
 * sessions, aftercare, the moments of the training modules the candidates are enrolled in — is left out for office
 * staff, who see the limits only.
 * <p>
 * Period first (issue 19): each kind of entry is read by a query bounded by the period's days through an indexed
 * date, with the caseload rule in the query ({@link AgendaScope}); the trajectories it names are read after, by id.
 * About a dozen statements whatever the caseload's size; their rows are the period's entries.
 */
@Service
@Transactional(readOnly = true)
public class Agenda {

    private final PeriodEntries entries;
    private final FollowUpsDue followUps;
    private final NextConversationDays nextConversationDays;
    private final KeptReminderCounts keptCounts;
    private final LimitDays limitDays;
    private final AppointmentEntries appointments;
    private final ZoneId zone;

    Agenda(PeriodEntries entries, FollowUpsDue followUps, NextConversationDays nextConversationDays,
           KeptReminderCounts keptCounts, LimitDays limitDays, AppointmentEntries appointments, Clock clock) {
        this.entries = entries;
        this.followUps = followUps;
        this.nextConversationDays = nextConversationDays;
        this.keptCounts = keptCounts;
        this.limitDays = limitDays;
        this.appointments = appointments;
        this.zone = clock.getZone();
    }

    /**
     * The entries of the days [from, until) in the cooperative's time zone, in {@link AgendaItem#ORDER}.
     *
     * @param aftercareFollowUps the follow-ups after an exit as offsets (the parameter {@code aftercare-follow-ups}) as
     *                           they are now; each aftercare's follow-ups are those of the schedule it started with
     *                           ({@link be.actraject.domain.aftercare.AftercareSchedules}). A follow-up already
     *                           recorded is left out
     */
    public List<AgendaItem> between(Actor actor, LocalDate from, LocalDate until, List<Period> aftercareFollowUps) {
        AgendaScope scope = AgendaScope.of(actor);
        List<AgendaItem> items = appointments.of(actor, scope, from, until, new Reminders() {
            @Override
            public List<Trajectory> limits(List<PlannedConversation> planned) {
                return entries.limits(scope, from, until);
            }

            @Override
            public List<IndividualConversation> nextConversations(List<PlannedConversation> planned) {
                return entries.nextConversations(scope, from, until);
            }
        });
        if (actor.readsCoachingRecord()) {
            items.addAll(followUps.between(scope, from, until, aftercareFollowUps));
        }
        items.sort(AgendaItem.ORDER);
        return items;
    }

    /**
     * The days [from, until) as a week or month shows them: every entry as {@link #between} gives it, except the
     * reminders ({@link AgendaOverview#COUNTED_KINDS}: next-conversation days and aftercare follow-ups) of a busy
     * day, which the database counts instead (issue 19: a coordinator's month at a large cooperative holds thousands;
     * reading them all made the month take seconds and megabytes). A day with at most {@code namedPerDay} of a kind
     * names them, a day with more says how many and its own list ({@link #between} for that day) names them all.
     * Many counts are kept a minute ({@link KeptReminderCounts}) and say when they were made.
     *
     * @return the entries in {@link AgendaItem#ORDER}, and per busy day and kind its count
     */
    public AgendaOverview overview(Actor actor, LocalDate from, LocalDate until, List<Period> aftercareFollowUps,
                                   int namedPerDay) {
        AgendaScope scope = AgendaScope.of(actor);
        KeptReminderCounts.Counted[] counts = {null};
        // Counted once, when the period's planned conversations are known (a next conversation planned at an hour
        // is not counted); the office, who reads no coaching record, has its limits counted alone.
        Function<List<PlannedConversation>, KeptReminderCounts.Counted> counted = planned -> {
            if (counts[0] == null) {
                counts[0] = keptCounts.count(scope.coach(), actor.readsCoachingRecord(), from, until,
                        aftercareFollowUps, () -> countPerDay(actor, scope, from, until, aftercareFollowUps, planned));
            }
            return counts[0];
        };
        List<AgendaItem> items = appointments.of(actor, scope, from, until, new Reminders() {
            @Override
            public List<Trajectory> limits(List<PlannedConversation> planned) {
                KeptReminderCounts.Counted c = counted.apply(planned);
                return limitDays.on(scope, quietDays(c, AgendaItem.Kind.PRE_INVOICING_LIMIT, namedPerDay),
                        quietDays(c, AgendaItem.Kind.INVOICING_LIMIT, namedPerDay));
            }

            @Override
            public List<IndividualConversation> nextConversations(List<PlannedConversation> planned) {
                return nextConversationDays.on(scope, quietDays(counted.apply(planned),
                        AgendaItem.Kind.NEXT_CONVERSATION, namedPerDay));
            }
        });
        if (actor.readsCoachingRecord()) {
            items.addAll(followUps.on(scope, from, until, aftercareFollowUps,
                    quietDays(counts[0], AgendaItem.Kind.AFTERCARE_FOLLOW_UP, namedPerDay)));
        }
        items.sort(AgendaItem.ORDER);
        Map<LocalDate, Map<AgendaItem.Kind, Integer>> busy = new HashMap<>();
        counts[0].perDay().forEach((day, kinds) -> kinds.forEach((kind, n) -> {
            if (n > namedPerDay) {
                busy.computeIfAbsent(day, d -> new EnumMap<>(AgendaItem.Kind.class)).put(kind, n);
            }
        }));
        return new AgendaOverview(items, busy, counts[0].countedAt());
    }

    private Map<LocalDate, Map<AgendaItem.Kind, Integer>> countPerDay(Actor actor, AgendaScope scope,
                                                                      LocalDate from, LocalDate until,
                                                                      List<Period> offsets,
                                                                      List<PlannedConversation> planned) {
        Map<LocalDate, Map<AgendaItem.Kind, Integer>> perDay = new HashMap<>();
        limitDays.countPerDay(scope, from, until).forEach((day, kinds) -> perDay.computeIfAbsent(day,
                d -> new EnumMap<>(AgendaItem.Kind.class)).putAll(kinds));
        if (actor.readsCoachingRecord()) {
            nextConversationDays.countPerDay(scope, from, until, planned).forEach((day, n) -> perDay.computeIfAbsent(
                    day, d -> new EnumMap<>(AgendaItem.Kind.class)).put(AgendaItem.Kind.NEXT_CONVERSATION, n));
            followUps.countPerDay(scope, from, until, offsets).forEach((day, n) -> perDay.computeIfAbsent(day,
                    d -> new EnumMap<>(AgendaItem.Kind.class)).put(AgendaItem.Kind.AFTERCARE_FOLLOW_UP, n));
        }
        return perDay;
    }

    /** The days with at least one and at most {@code namedPerDay} reminders of the kind. */
    private static Set<LocalDate> quietDays(KeptReminderCounts.Counted counts, AgendaItem.Kind kind, int namedPerDay) {
        return counts.perDay().entrySet().stream().filter(day -> {
            int n = day.getValue().getOrDefault(kind, 0);
            return n > 0 && n <= namedPerDay;
        }).map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    /**
     * A day's aftercare follow-ups, all of them, as {@link #between} shows them, in {@link AgendaItem#ORDER}: without
     * the day's other entries, which on a busy day are thousands of next conversations. None for a reader without the
     * coaching record.
     */
    public List<AgendaItem> followUpsOn(Actor actor, LocalDate day, List<Period> aftercareFollowUps) {
        if (!actor.readsCoachingRecord()) {
            return List.of();
        }
        List<AgendaItem> items = new ArrayList<>(followUps.between(AgendaScope.of(actor), day, day.plusDays(1),
                aftercareFollowUps));
        items.sort(AgendaItem.ORDER);
        return items;
    }

    /**
     * One page of a day's next conversations, as {@link #between} shows them (a conversation planned at an hour that
     * day for the same candidate is the planned one, not this), by candidate's name: read a page at a time, as a
     * coordinator's day may hold thousands (issue 19). None for a reader without the coaching record.
     *
     * @param page from 0; beyond the last, the last
     */
    public ReminderPage nextConversationsOn(Actor actor, LocalDate day, int page, int size) {
        if (!actor.readsCoachingRecord()) {
            return new ReminderPage(List.of(), 0, 0, size);
        }
        AgendaScope scope = AgendaScope.of(actor);
        Instant start = day.atStartOfDay(zone).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
        long total = entries.nextConversationsOnDayCount(scope, day, start, end);
        int shown = (int) Math.min(page, Math.max(0, (total - 1) / size));
        List<IndividualConversation> next = total == 0 ? List.of()
                : entries.nextConversationsOnDay(scope, day, start, end, shown * size, size);
        Map<Long, Trajectory> named = entries.trajectories(next.stream().map(IndividualConversation::getTrajectoryId)
                .collect(Collectors.toSet()));
        List<AgendaItem> items = new ArrayList<>();
        appointments.conversations(List.of(), next, named, items);
        return new ReminderPage(items, total, shown, size);
    }

    /**
     * One page of a day's limits of one kind ({@link AgendaItem.Kind#PRE_INVOICING_LIMIT} or
     * {@link AgendaItem.Kind#INVOICING_LIMIT}), by candidate's name, read a page at a time (issue 19).
     *
     * @param page from 0; beyond the last, the last
     */
    public ReminderPage limitsOn(Actor actor, AgendaItem.Kind kind, LocalDate day, int page, int size) {
        AgendaScope scope = AgendaScope.of(actor);
        long total = limitDays.countOn(scope, kind, day);
        int shown = (int) Math.min(page, Math.max(0, (total - 1) / size));
        List<AgendaItem> items = total == 0 ? List.of() : limitDays.pageOn(scope, kind, day, shown * size, size)
                .stream().map(AppointmentEntries::limitOf).toList();
        return new ReminderPage(items, total, shown, size);
    }
}
