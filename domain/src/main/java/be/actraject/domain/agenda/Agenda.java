package be.actraject.domain.agenda;

import be.actraject.domain.access.Actor;
import be.actraject.domain.conversation.IndividualConversation;
import be.actraject.domain.training.Enrolment;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.workflow.Phase;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
    private final GroupMeetings groupMeetings;
    private final ZoneId zone;

    Agenda(PeriodEntries entries, FollowUpsDue followUps, NextConversationDays nextConversationDays,
           KeptReminderCounts keptCounts, GroupMeetings groupMeetings, Clock clock) {
        this.entries = entries;
        this.followUps = followUps;
        this.nextConversationDays = nextConversationDays;
        this.keptCounts = keptCounts;
        this.groupMeetings = groupMeetings;
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
        List<AgendaItem> items = appointments(actor, scope, from, until,
                planned -> entries.nextConversations(scope, from, until));
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
        KeptReminderCounts.Counted[] counts = {new KeptReminderCounts.Counted(Map.of(), null)};
        List<AgendaItem> items = appointments(actor, scope, from, until, planned -> {
            counts[0] = keptCounts.count(scope.coach(), from, until, aftercareFollowUps,
                    () -> countPerDay(scope, from, until, aftercareFollowUps, planned));
            return nextConversationDays.on(scope, quietDays(counts[0], AgendaItem.Kind.NEXT_CONVERSATION,
                    namedPerDay));
        });
        if (actor.readsCoachingRecord()) {
            items.addAll(followUps.on(scope, from, until, aftercareFollowUps,
                    quietDays(counts[0], AgendaItem.Kind.AFTERCARE_FOLLOW_UP, namedPerDay)));
        }
        items.sort(AgendaItem.ORDER);
        Map<LocalDate, Map<AgendaItem.Kind, Integer>> counted = new HashMap<>();
        counts[0].perDay().forEach((day, kinds) -> kinds.forEach((kind, n) -> {
            if (n > namedPerDay) {
                counted.computeIfAbsent(day, d -> new EnumMap<>(AgendaItem.Kind.class)).put(kind, n);
            }
        }));
        return new AgendaOverview(items, counted, counts[0].countedAt());
    }

    private Map<LocalDate, Map<AgendaItem.Kind, Integer>> countPerDay(AgendaScope scope, LocalDate from,
                                                                      LocalDate until, List<Period> offsets,
                                                                      List<PlannedConversation> planned) {
        Map<LocalDate, Map<AgendaItem.Kind, Integer>> perDay = new HashMap<>();
        nextConversationDays.countPerDay(scope, from, until, planned).forEach((day, n) -> perDay.computeIfAbsent(day,
                d -> new EnumMap<>(AgendaItem.Kind.class)).put(AgendaItem.Kind.NEXT_CONVERSATION, n));
        followUps.countPerDay(scope, from, until, offsets).forEach((day, n) -> perDay.computeIfAbsent(day,
                d -> new EnumMap<>(AgendaItem.Kind.class)).put(AgendaItem.Kind.AFTERCARE_FOLLOW_UP, n));
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
        conversations(List.of(), next, named, items);
        return new ReminderPage(items, total, shown, size);
    }

    /**
     * Every entry but the aftercare follow-ups, in no order.
     *
     * @param nextConversations the reports whose next conversation the entries name, given the period's planned
     *                          conversations
     */
    private List<AgendaItem> appointments(Actor actor, AgendaScope scope, LocalDate from, LocalDate until,
                                          Function<List<PlannedConversation>, List<IndividualConversation>>
                                                  nextConversations) {
        List<AgendaItem> items = new ArrayList<>();
        entries.limits(scope, from, until).forEach(t -> items.add(limitOf(t)));
        if (actor.readsCoachingRecord()) {
            Instant start = from.atStartOfDay(zone).toInstant();
            Instant end = until.atStartOfDay(zone).toInstant();
            List<PlannedConversation> planned = entries.planned(scope, start, end);
            List<IndividualConversation> next = nextConversations.apply(planned);
            List<Enrolment> training = entries.trainingMoments(scope, from, until);
            Map<Long, Trajectory> named = entries.trajectories(Stream.of(
                    planned.stream().map(PlannedConversation::getTrajectoryId),
                    next.stream().map(IndividualConversation::getTrajectoryId),
                    training.stream().map(Enrolment::getTrajectoryId)).flatMap(s -> s).collect(Collectors.toSet()));
            conversations(planned, next, named, items);
            training.forEach(e -> items.add(trainingMoment(e, named.get(e.getTrajectoryId()))));
            groupMeetings.sessions(actor, scope, start, end, items);
            groupMeetings.sectorMeetings(actor, scope, start, end, items);
        }
        return items;
    }

    private static AgendaItem limitOf(Trajectory t) {
        boolean invoicing = t.getPhase() == Phase.INVOICING;
        LocalDate last = invoicing ? t.getInvoicingLimit() : t.getPreInvoicingLimit();
        AgendaItem.Kind kind = invoicing ? AgendaItem.Kind.INVOICING_LIMIT : AgendaItem.Kind.PRE_INVOICING_LIMIT;
        return new AgendaItem(kind, "limit-" + (invoicing ? "invoicing-" : "pre-invoicing-") + t.getId(),
                last, null, null, t.getCandidate().fullName(), null, null, t.getCandidate().getId(), null, null);
    }

    private void conversations(List<PlannedConversation> planned, List<IndividualConversation> next,
                               Map<Long, Trajectory> trajectories, List<AgendaItem> items) {
        Set<String> plannedDays = new HashSet<>();
        for (PlannedConversation p : planned) {
            Trajectory t = trajectories.get(p.getTrajectoryId());
            LocalDate day = p.getStartsAt().atZone(zone).toLocalDate();
            plannedDays.add(t.getId() + "@" + day);
            items.add(new AgendaItem(AgendaItem.Kind.PLANNED_CONVERSATION, "planned-conversation-" + p.getId(), day,
                    p.getStartsAt(), p.endsAt(), t.getCandidate().fullName(), p.getPlace(), p.getKind(),
                    t.getCandidate().getId(), null, p.getId()));
        }
        for (IndividualConversation c : next) {
            Trajectory t = trajectories.get(c.getTrajectoryId());
            // A conversation planned that day is the same appointment, told more precisely.
            if (!plannedDays.contains(t.getId() + "@" + c.getNextPlannedOn())) {
                items.add(new AgendaItem(AgendaItem.Kind.NEXT_CONVERSATION, "next-conversation-" + c.getId(),
                        c.getNextPlannedOn(), null, null, t.getCandidate().fullName(), null, null,
                        t.getCandidate().getId(), null, null));
            }
        }
    }

    private AgendaItem trainingMoment(Enrolment e, Trajectory t) {
        return new AgendaItem(AgendaItem.Kind.TRAINING_MOMENT, "training-" + e.getId(),
                e.getMoment().getHeldOn(), e.getMoment().startsAt(zone), e.getMoment().endsAt(zone),
                t.getCandidate().fullName(), e.getModule().getTitle(), null, t.getCandidate().getId(), null,
                null, e.getModule().getPlace(), e.getModule().isHeldOnline(), e.getModule().getProvider().getName());
    }
}
