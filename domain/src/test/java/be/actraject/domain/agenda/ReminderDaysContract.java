package be.actraject.domain.agenda;

import be.actraject.domain.access.Actor;
import be.actraject.domain.aftercare.AftercareContacts;
import be.actraject.domain.aftercare.Situation;
import be.actraject.domain.candidate.CandidateDetails;
import be.actraject.domain.conversation.ConversationKind;
import be.actraject.domain.conversation.IndividualConversations;
import be.actraject.domain.trajectory.CandidateRegistration;
import be.actraject.domain.trajectory.TimeLimits;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.domain.trajectory.TrajectoryProgress;
import be.actraject.workflow.ExitType;
import be.actraject.workflow.Phase;
import be.actraject.workflow.TimeLimit;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import static be.actraject.domain.fixtures.Fixtures.COACH;
import static be.actraject.domain.fixtures.Fixtures.COACH2;
import static be.actraject.domain.fixtures.Fixtures.COORDINATOR;
import static be.actraject.domain.fixtures.Fixtures.OFFICE;
import static be.actraject.domain.fixtures.Fixtures.candidate;
import static be.actraject.domain.fixtures.Fixtures.conversation;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19: a week or month of the agenda counts a busy day's reminders — limits, next-conversation days and aftercare
 * follow-ups — in the database and names a quiet day's ({@link Agenda#overview}); what it counts and names is exactly what
 * the full reading ({@link Agenda#between}) finds, for every week and month over a year and a half — with follow-ups
 * recorded, a stop, an exit from before schedules were kept, a colleague's candidate, exits at the ends of months
 * (whose follow-ups a shorter month gathers on its last day), a report superseded by a later one and a next
 * conversation also planned at an hour (shown by its hour only), and the limits of the running phase. Run on H2 and
 * PostgreSQL by the subclasses.
 */
@SpringBootTest
@Transactional
@Tag("dates")
abstract class ReminderDaysContract {

    private static final List<Period> SCHEDULE = List.of(Period.ofMonths(1), Period.ofMonths(3));
    private static final int NAMED = 3;

    @Autowired
    Clock clock;
    @Autowired
    CandidateRegistration registration;
    @Autowired
    TrajectoryProgress progress;
    @Autowired
    AftercareContacts aftercare;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager entities;
    @Autowired
    Agenda agenda;
    @Autowired
    IndividualConversations conversations;
    @Autowired
    PlannedConversations planned;
    @Autowired
    TimeLimits limits;

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Trajectory running(String coach) {
        String number = "R" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Trajectory t = registration.register(candidate("Sam", "Jacobs", number, clock), coach, COORDINATOR);
        progress.enterPhase(t.getId(), Phase.INTAKE);
        return t;
    }

    /** An exit on the given day; its schedule kept with it unless {@code kept} is false (an exit from before V43). */
    private Trajectory exited(String coach, LocalDate on, ExitType type, boolean kept) {
        String number = "F" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Trajectory t = registration.register(candidate("Noor", "Wouters", number, clock), coach, COORDINATOR);
        progress.enterPhase(t.getId(), Phase.INTAKE);
        progress.end(t.getId(), type, "Einde");
        if (kept && type != ExitType.STOPPED) {
            progress.startAftercare(t.getId(), SCHEDULE);
        }
        entities.flush();
        // No service backdates an exit; only its day matters here.
        jdbc.update("update trajectory set end_date = ? where id = ?", on, t.getId());
        return t;
    }

    @Test
    void everyWeekAndMonthCountsAndNamesExactlyTheFollowUpsTheFullReadingFinds() {
        LocalDate busy = today().minusDays(40);
        List<Trajectory> five = List.of(exited("coach", busy, ExitType.SALARIED, true),
                exited("coach", busy, ExitType.SELF_EMPLOYED, true), exited("coach", busy, ExitType.REORIENTED, true),
                exited("coach", busy, ExitType.SALARIED, true), exited("coach", busy, ExitType.SALARIED, true));
        exited("coach", busy.plusDays(1), ExitType.SALARIED, true);
        exited("coach", busy.plusDays(1), ExitType.SALARIED, false);
        exited("coach", busy.plusDays(2), ExitType.STOPPED, true);
        exited("coach2", busy, ExitType.SALARIED, true);
        LocalDate monthEnd = today().withDayOfMonth(1).minusMonths(1).minusDays(1);
        for (int back = 0; back < 4; back++) {
            exited("coach", monthEnd.minusDays(back), ExitType.SALARIED, true);
            exited("coach", monthEnd.minusDays(back), ExitType.JOINED_COOPERATIVE, true);
        }
        aftercare.record(five.get(0).getId(), "P1M", today(), Situation.SALARIED, today(), null, COACH);
        // Next conversations: seven on one day (one of them also planned at an hour, one superseded), two on another.
        LocalDate held = today().minusDays(3);
        for (int n = 0; n < 7; n++) {
            Trajectory running = running("coach");
            conversations.record(running.getId(), conversation(held), COACH);
            if (n == 0) {
                planned.plan(running.getCandidate().getId(), held.plusDays(14).atTime(10, 0), ConversationKind.PHONE,
                        null, COACH);
            }
            if (n == 1) {
                conversations.record(running.getId(), conversation(held.plusDays(1)), COACH);
            }
        }
        for (int n = 0; n < 2; n++) {
            conversations.record(running("coach").getId(), conversation(held.plusDays(2)), COACH);
        }
        conversations.record(running("coach2").getId(), conversation(held), COACH2);
        entities.flush();
        entities.clear();

        int busyDays = 0;
        for (Actor reader : List.of(COACH, COACH2, COORDINATOR, OFFICE)) {
            for (LocalDate from = today().minusMonths(3); from.isBefore(today().plusMonths(14)); from = from.plusDays(7)) {
                busyDays += sameAsTheFullReading(reader, from, from.plusDays(7));
            }
            for (LocalDate first = today().minusMonths(3).withDayOfMonth(1); first.isBefore(today().plusMonths(14));
                 first = first.plusMonths(1)) {
                busyDays += sameAsTheFullReading(reader, first, first.plusMonths(1));
            }
        }
        assertThat(busyDays).as("days whose follow-ups were counted").isPositive();

        LocalDate nextDay = held.plusDays(14);
        for (Actor reader : List.of(COACH, COORDINATOR, OFFICE)) {
            List<String> pages = new ArrayList<>();
            ReminderPage page = agenda.nextConversationsOn(reader, nextDay, 0, 2);
            pages.addAll(page.items().stream().map(AgendaItem::uid).toList());
            for (int n = 1; n <= page.lastPage(); n++) {
                pages.addAll(agenda.nextConversationsOn(reader, nextDay, n, 2).items().stream().map(AgendaItem::uid)
                        .toList());
            }
            List<String> full = agenda.between(reader, nextDay, nextDay.plusDays(1), SCHEDULE).stream()
                    .filter(i -> i.kind() == AgendaItem.Kind.NEXT_CONVERSATION).map(AgendaItem::uid).toList();
            assertThat(pages).as("%s's pages of next conversations", reader.userId())
                    .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(full);
            assertThat(page.total()).isEqualTo(full.size());
            assertThat(agenda.nextConversationsOn(reader, nextDay, 999, 2).page()).as("beyond the last: the last")
                    .isEqualTo(page.lastPage());
        }
        assertThat(agenda.nextConversationsOn(COACH, nextDay, 0, 50).total()).as("the coach's five unplanned")
                .isGreaterThanOrEqualTo(5);

        // Limits: the last day of phases 1-3 of five of the coach's running trajectories on one day, of coach2's one.
        LocalDate limitDay = null;
        for (String coach : List.of("coach", "coach", "coach", "coach", "coach", "coach2")) {
            limitDay = limits.open(running(coach).getId(), TimeLimit.PRE_INVOICING, Period.ofMonths(6));
        }
        entities.flush();
        entities.clear();
        for (Actor reader : List.of(COACH, COACH2, COORDINATOR, OFFICE)) {
            busyDays += sameAsTheFullReading(reader, limitDay, limitDay.plusDays(7));
            busyDays += sameAsTheFullReading(reader, limitDay.withDayOfMonth(1), limitDay.withDayOfMonth(1)
                    .plusMonths(1));
            List<String> pages = new ArrayList<>();
            ReminderPage page = agenda.limitsOn(reader, AgendaItem.Kind.PRE_INVOICING_LIMIT, limitDay, 0, 2);
            for (int n = 0; n <= page.lastPage(); n++) {
                pages.addAll(agenda.limitsOn(reader, AgendaItem.Kind.PRE_INVOICING_LIMIT, limitDay, n, 2).items()
                        .stream().map(AgendaItem::uid).toList());
            }
            assertThat(pages).as("%s's pages of limits", reader.userId()).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(agenda.between(reader, limitDay, limitDay.plusDays(1),
                            SCHEDULE).stream().filter(i -> i.kind() == AgendaItem.Kind.PRE_INVOICING_LIMIT)
                            .map(AgendaItem::uid).toList());
        }
        assertThat(agenda.overview(COACH, limitDay, limitDay.plusDays(1), SCHEDULE, NAMED).countedOn(limitDay))
                .as("the coach's limits that day").containsKey(AgendaItem.Kind.PRE_INVOICING_LIMIT);

        // No follow-ups at all (an empty schedule, never another): the week still answers, with its other reminders.
        assertThat(agenda.overview(COACH, limitDay, limitDay.plusDays(7), List.of(), NAMED).countedOn(limitDay))
                .containsKey(AgendaItem.Kind.PRE_INVOICING_LIMIT).doesNotContainKey(AgendaItem.Kind.AFTERCARE_FOLLOW_UP);

        AgendaOverview week = agenda.overview(COACH, busy.plusMonths(3), busy.plusMonths(3).plusDays(7), SCHEDULE, NAMED);
        assertThat(week.countedOn(busy.plusMonths(3))).as("five exits of the coach's")
                .hasEntrySatisfying(AgendaItem.Kind.AFTERCARE_FOLLOW_UP, n -> assertThat(n).isGreaterThanOrEqualTo(5));
    }

    /**
     * A day's lists page by name as people read them, the same on H2 and PostgreSQL (whose C collation puts a lower-case
     * or accented first letter after "Z"), and in the order the agenda's day shows them.
     */
    @Test
    void aDaysListsPageByNameInDutchOrder() {
        List<String> typed = List.of("Zoë Aerts", "Émile Dubois", "anna Peeters", "Çağrı Yılmaz", "Bart Claes");
        LocalDate held = today().minusDays(2);
        LocalDate limitDay = null;
        for (String name : typed) {
            String[] parts = name.split(" ");
            String number = "N" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
            Trajectory t = registration.register(new CandidateDetails(parts[0], parts[1], number + "@example.be",
                    "0470 12 34 56", "Kerkstraat 1", "9000", "Gent", LocalDate.of(1988, 4, 12), number,
                    today().minusDays(3), "Fietsherstel aan huis"), "coach2", COORDINATOR);
            progress.enterPhase(t.getId(), Phase.INTAKE);
            conversations.record(t.getId(), conversation(held), COACH2);
            limitDay = limits.open(t.getId(), TimeLimit.PRE_INVOICING, Period.ofMonths(6));
        }
        entities.flush();
        entities.clear();
        List<String> read = List.of("anna Peeters", "Bart Claes", "Çağrı Yılmaz", "Émile Dubois", "Zoë Aerts");

        List<String> limitPages = new ArrayList<>();
        List<String> nextPages = new ArrayList<>();
        for (int n = 0; n < 3; n++) {
            agenda.limitsOn(COACH2, AgendaItem.Kind.PRE_INVOICING_LIMIT, limitDay, n, 2).items()
                    .forEach(i -> limitPages.add(i.title()));
            agenda.nextConversationsOn(COACH2, held.plusDays(14), n, 2).items().forEach(i -> nextPages.add(i.title()));
        }
        assertThat(limitPages).as("the day's limits, page by page").isEqualTo(read);
        assertThat(nextPages).as("the day's next conversations, page by page").isEqualTo(read);
        assertThat(agenda.between(COACH2, limitDay, limitDay.plusDays(1), SCHEDULE).stream()
                .filter(i -> i.kind() == AgendaItem.Kind.PRE_INVOICING_LIMIT).map(AgendaItem::title))
                .as("the agenda's day").containsExactlyElementsOf(read);
    }

    /** @return how many of the period's days had reminders counted */
    private int sameAsTheFullReading(Actor reader, LocalDate from, LocalDate until) {
        List<AgendaItem> all = agenda.between(reader, from, until, SCHEDULE);
        AgendaOverview overview = agenda.overview(reader, from, until, SCHEDULE, NAMED);
        String where = reader.userId() + " " + from + " – " + until;

        assertThat(overview.items().stream().filter(i -> !AgendaOverview.COUNTED_KINDS.contains(i.kind())).toList())
                .as("the appointments of %s", where)
                .isEqualTo(all.stream().filter(i -> !AgendaOverview.COUNTED_KINDS.contains(i.kind())).toList());
        if (until.equals(from.plusDays(7))) {
            assertThat(agenda.followUpsOn(reader, from, SCHEDULE)).as("the first day's follow-ups, %s", where)
                    .isEqualTo(all.stream().filter(i -> i.day().equals(from))
                            .filter(i -> i.kind() == AgendaItem.Kind.AFTERCARE_FOLLOW_UP).toList());
        }
        int counted = 0;
        for (AgendaItem.Kind kind : AgendaOverview.COUNTED_KINDS) {
            Map<LocalDate, Set<String>> due = new TreeMap<>(ofKind(all, kind));
            Map<LocalDate, Set<String>> named = ofKind(overview.items(), kind);
            for (Map.Entry<LocalDate, Set<String>> day : due.entrySet()) {
                Integer count = overview.countedOn(day.getKey()).get(kind);
                if (day.getValue().size() > NAMED) {
                    counted++;
                    assertThat(count).as("%s counted on %s, %s", kind, day.getKey(), where)
                            .isEqualTo(day.getValue().size());
                    assertThat(named.get(day.getKey())).as("%s named on %s, %s", kind, day.getKey(), where).isNull();
                } else {
                    assertThat(named.get(day.getKey())).as("%s named on %s, %s", kind, day.getKey(), where)
                            .isEqualTo(day.getValue());
                    assertThat(count).as("%s counted on %s, %s", kind, day.getKey(), where).isNull();
                }
            }
            assertThat(named.keySet()).as("%s named beyond the full reading's, %s", kind, where)
                    .isSubsetOf(due.keySet());
        }
        overview.counted().forEach((day, kinds) -> assertThat(kinds.keySet()).as("counted on %s", day)
                .allSatisfy(kind -> assertThat(ofKind(all, kind)).containsKey(day)));
        assertThat(overview.items()).isSortedAccordingTo(AgendaItem.ORDER);
        return counted;
    }

    private static Map<LocalDate, Set<String>> ofKind(List<AgendaItem> items, AgendaItem.Kind kind) {
        return items.stream().filter(i -> i.kind() == kind).collect(Collectors.groupingBy(
                AgendaItem::day, Collectors.mapping(AgendaItem::uid, Collectors.toSet())));
    }
}
