package be.actraject.domain.agenda;

import be.actraject.domain.access.NotInCaseloadException;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.domain.aftercare.AftercareContacts;
import be.actraject.domain.aftercare.Situation;
import be.actraject.domain.candidate.Candidate;
import be.actraject.domain.conversation.ConversationKind;
import be.actraject.domain.conversation.IndividualConversations;
import be.actraject.domain.group.LearningGroup;
import be.actraject.domain.group.LearningGroups;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

import static be.actraject.domain.fixtures.Fixtures.COACH;
import static be.actraject.domain.fixtures.Fixtures.COACH2;
import static be.actraject.domain.fixtures.Fixtures.COORDINATOR;
import static be.actraject.domain.fixtures.Fixtures.OFFICE;
import static be.actraject.domain.fixtures.Fixtures.candidate;
import static be.actraject.domain.fixtures.Fixtures.conversation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The agenda gathers the caseload's planned conversations, sessions and limits, only the actor's own, on the right
 * day in the cooperative's time zone; run on H2 and PostgreSQL by the subclasses. Days are taken from the clock.
 */
@SpringBootTest
@Transactional
@Tag("dates")
abstract class AgendaContract {

    private static final List<Period> FOLLOW_UPS = List.of(Period.ofMonths(3), Period.ofMonths(6));

    @Autowired
    Clock clock;
    @Autowired
    CandidateRegistration registration;
    @Autowired
    PlannedConversations planned;
    @Autowired
    Agenda agenda;
    @Autowired
    LearningGroups groups;
    @Autowired
    IndividualConversations conversations;
    @Autowired
    TimeLimits limits;
    @Autowired
    TrajectoryProgress progress;
    @Autowired
    AftercareContacts aftercare;
    @Autowired
    EntityManager entities;

    private Trajectory coachesCandidate(String coach) {
        String number = "A" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        return registration.register(candidate("Lotte", "Claes", number, clock), coach, COORDINATOR);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private List<String> uids(List<AgendaItem> items) {
        return items.stream().map(AgendaItem::uid).toList();
    }

    @Test
    void aColleagueSeesNoneOfTheCoachsConversationsSessionsAndLimits() {
        Trajectory t = coachesCandidate("coach");
        long candidateId = t.getCandidate().getId();
        PlannedConversation p = planned.plan(candidateId, today().plusDays(2).atTime(10, 0),
                ConversationKind.PHONE, "Bellen", COACH);
        progress.enterPhase(t.getId(), Phase.INTAKE);
        conversations.record(t.getId(), conversation(today()), COACH);
        LearningGroup group = groups.create("Leergroep " + UUID.randomUUID(), "coach", COORDINATOR);
        groups.place(t.getId(), group.getId(), COORDINATOR);
        groups.plan(group.getId(), today().plusDays(3).atTime(14, 0).atZone(clock.getZone()).toInstant(), 120,
                "Marktonderzoek", COACH);
        LocalDate lastDay = limits.open(t.getId(), TimeLimit.PRE_INVOICING, Period.ofMonths(6));
        LocalDate from = today();
        LocalDate until = lastDay.plusDays(1);

        List<AgendaItem> coachs = agenda.between(COACH, from, until, FOLLOW_UPS);
        List<AgendaItem> colleagues = agenda.between(COACH2, from, until, FOLLOW_UPS);

        assertThat(coachs).extracting(AgendaItem::kind).contains(AgendaItem.Kind.PLANNED_CONVERSATION,
                AgendaItem.Kind.NEXT_CONVERSATION, AgendaItem.Kind.SESSION, AgendaItem.Kind.PRE_INVOICING_LIMIT);
        assertThat(uids(coachs)).contains("planned-conversation-" + p.getId(), "limit-pre-invoicing-" + t.getId());
        assertThat(uids(colleagues)).doesNotContainAnyElementsOf(uids(coachs));
        assertThat(uids(agenda.between(COORDINATOR, from, until, FOLLOW_UPS))).containsAll(uids(coachs));
        assertThat(agenda.between(OFFICE, from, until, FOLLOW_UPS)).extracting(AgendaItem::kind)
                .contains(AgendaItem.Kind.PRE_INVOICING_LIMIT)
                .isSubsetOf(AgendaItem.Kind.PRE_INVOICING_LIMIT, AgendaItem.Kind.INVOICING_LIMIT);
    }

    @Test
    void aColleagueCannotPlanInTheCoachsDossier() {
        Trajectory t = coachesCandidate("coach");

        assertThatThrownBy(() -> planned.plan(t.getCandidate().getId(), today().plusDays(1).atTime(9, 0),
                ConversationKind.IN_PERSON, null, COACH2)).isInstanceOf(NotInCaseloadException.class);
        assertThatThrownBy(() -> planned.plan(t.getCandidate().getId(), today().plusDays(1).atTime(9, 0),
                ConversationKind.IN_PERSON, null, OFFICE)).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aConversationInThePastOrMoreThanAYearAheadIsRefused() {
        long candidateId = coachesCandidate("coach").getCandidate().getId();

        assertThatThrownBy(() -> planned.plan(candidateId, LocalDateTime.now(clock).minusDays(1),
                ConversationKind.IN_PERSON, null, COACH)).isInstanceOf(PlannedConversationOutOfWindowException.class);
        assertThatThrownBy(() -> planned.plan(candidateId, today().plusMonths(12).plusDays(1).atTime(9, 0),
                ConversationKind.IN_PERSON, null, COACH)).isInstanceOf(PlannedConversationOutOfWindowException.class);
        assertThat(planned.plan(candidateId, today().plusMonths(12).atTime(9, 0), ConversationKind.IN_PERSON,
                null, COACH).getId()).isNotNull();
    }

    @Test
    void anHourOfTodayAlreadyPastIsRefusedAsPastNotAsOutsideTheWindow() {
        long candidateId = coachesCandidate("coach").getCandidate().getId();
        PlannedConversation tomorrow = planned.plan(candidateId, today().plusDays(1).atTime(9, 0),
                ConversationKind.IN_PERSON, null, COACH);
        // Midnight today: always today, and past from the first instant of the day on.
        LocalDateTime earlierToday = today().atStartOfDay();

        assertThatThrownBy(() -> planned.plan(candidateId, earlierToday, ConversationKind.IN_PERSON, null, COACH))
                .isInstanceOfSatisfying(PlannedConversationInThePastException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("agenda.plan.past"));
        assertThatThrownBy(() -> planned.change(tomorrow.getId(), earlierToday, ConversationKind.IN_PERSON, null,
                COACH)).isInstanceOf(PlannedConversationInThePastException.class);
        assertThat(planned.plan(candidateId, LocalDateTime.now(clock).plusMinutes(2), ConversationKind.PHONE, null,
                COACH).getId()).isNotNull();
    }

    @Test
    void aMovedConversationMovesInTheAgendaAndACancelledOneLeavesIt() {
        long candidateId = coachesCandidate("coach").getCandidate().getId();
        PlannedConversation p = planned.plan(candidateId, today().plusDays(1).atTime(9, 0),
                ConversationKind.IN_PERSON, "Kantoor Gent", COACH);

        planned.change(p.getId(), today().plusDays(5).atTime(15, 30), ConversationKind.VIDEO, "Teams", COACH);

        AgendaItem moved = agenda.between(COACH, today(), today().plusDays(7), FOLLOW_UPS).stream()
                .filter(i -> i.uid().equals("planned-conversation-" + p.getId())).findFirst().orElseThrow();
        assertThat(moved.day()).isEqualTo(today().plusDays(5));
        assertThat(moved.startsAt().atZone(clock.getZone()).toLocalTime()).isEqualTo(LocalTime.of(15, 30));
        assertThat(moved.detail()).isEqualTo("Teams");
        assertThat(moved.conversationKind()).isEqualTo(ConversationKind.VIDEO);

        planned.cancel(p.getId(), COACH);

        assertThat(uids(agenda.between(COACH, today(), today().plusDays(7), FOLLOW_UPS)))
                .doesNotContain("planned-conversation-" + p.getId());
    }

    @Test
    void anExitBringsItsFollowUpsUntilTheyAreRecordedButAStopBringsNone() {
        Trajectory left = coachesCandidate("coach");
        Trajectory stopped = coachesCandidate("coach");
        progress.enterPhase(left.getId(), Phase.INTAKE);
        progress.enterPhase(stopped.getId(), Phase.INTAKE);
        progress.end(left.getId(), ExitType.SALARIED, "Werk gevonden");
        progress.end(stopped.getId(), ExitType.STOPPED, "Stopt");
        LocalDate until = today().plusMonths(7);

        assertThat(uids(agenda.between(COACH, today(), until, FOLLOW_UPS))).contains(
                "aftercare-" + left.getId() + "-P3M", "aftercare-" + left.getId() + "-P6M")
                .noneMatch(uid -> uid.startsWith("aftercare-" + stopped.getId() + "-"));

        aftercare.record(left.getId(), "P3M", today(), Situation.SALARIED, today(), null, COACH);

        assertThat(uids(agenda.between(COACH, today(), until, FOLLOW_UPS)))
                .doesNotContain("aftercare-" + left.getId() + "-P3M").contains("aftercare-" + left.getId() + "-P6M");
        assertThat(uids(agenda.between(COACH2, today(), until, FOLLOW_UPS)))
                .noneMatch(uid -> uid.startsWith("aftercare-" + left.getId() + "-"));
    }

    @Test
    void aConversationPlannedBeforeTheExitLeavesTheAgenda() {
        Trajectory t = coachesCandidate("coach");
        progress.enterPhase(t.getId(), Phase.INTAKE);
        PlannedConversation p = planned.plan(t.getCandidate().getId(), today().plusDays(2).atTime(10, 0),
                ConversationKind.IN_PERSON, null, COACH);
        assertThat(uids(agenda.between(COACH, today(), today().plusDays(7), FOLLOW_UPS)))
                .contains("planned-conversation-" + p.getId());

        progress.end(t.getId(), ExitType.STOPPED, "Stopt");

        assertThat(uids(agenda.between(COACH, today(), today().plusDays(7), FOLLOW_UPS)))
                .doesNotContain("planned-conversation-" + p.getId());
    }

    @Test
    void aCandidateWhoLeftLongAgoDoesNotKeepAColleaguesGroupInTheAgenda() {
        Trajectory t = coachesCandidate("coach");
        progress.enterPhase(t.getId(), Phase.INTAKE);
        LearningGroup colleagues = groups.create("Leergroep " + UUID.randomUUID(), "coach2", COORDINATOR);
        groups.place(t.getId(), colleagues.getId(), COORDINATOR);
        groups.plan(colleagues.getId(), today().plusDays(3).atTime(14, 0).atZone(clock.getZone()).toInstant(), 120,
                "Netwerken", COORDINATOR);
        assertThat(agenda.between(COACH, today(), today().plusDays(7), FOLLOW_UPS)).extracting(AgendaItem::title)
                .contains(colleagues.getName());

        progress.end(t.getId(), ExitType.STOPPED, "Stopt");

        assertThat(agenda.between(COACH, today(), today().plusDays(7), FOLLOW_UPS)).extracting(AgendaItem::title)
                .doesNotContain(colleagues.getName());
    }

    /**
     * Issue 19: the agenda reads the period's entries of the caseload, not the caseload: a trajectory of the coach
     * whose only appointment lies after the period, or a colleague's with one in it, is not even loaded.
     */
    @Test
    void neitherAnEntryAfterThePeriodNorOneOutsideTheCaseloadIsLoaded() {
        Trajectory inWeek = coachesCandidate("coach");
        Trajectory later = coachesCandidate("coach");
        Trajectory colleagues = coachesCandidate("coach2");
        PlannedConversation p = planned.plan(inWeek.getCandidate().getId(), today().plusDays(2).atTime(10, 0),
                ConversationKind.PHONE, null, COACH);
        planned.plan(later.getCandidate().getId(), today().plusDays(20).atTime(10, 0), ConversationKind.PHONE, null,
                COACH);
        planned.plan(colleagues.getCandidate().getId(), today().plusDays(2).atTime(11, 0), ConversationKind.PHONE,
                null, COACH2);
        entities.flush();
        entities.clear();

        List<AgendaItem> week = agenda.between(COACH, today(), today().plusDays(7), FOLLOW_UPS);

        assertThat(uids(week)).contains("planned-conversation-" + p.getId());
        assertThat(LoadedEntities.ids(entities, Trajectory.class)).contains(inWeek.getId())
                .doesNotContain(later.getId(), colleagues.getId());
        assertThat(LoadedEntities.ids(entities, Candidate.class)).contains(inWeek.getCandidate().getId())
                .doesNotContain(later.getCandidate().getId(), colleagues.getCandidate().getId());
    }

    /**
     * The week of the change to or from summer time (the last Sunday of March or October) has 167 or 169 hours: a
     * conversation late on its Sunday is in it, one just after midnight on the Monday after is not.
     */
    @ParameterizedTest
    @ValueSource(ints = {3, 10})
    void theWeekOfAChangeOfClockHoldsItsOwnDaysOnly(int month) {
        LocalDate sunday = nextLastSundayOf(month);
        LocalDate monday = sunday.minusDays(6);
        long candidateId = coachesCandidate("coach").getCandidate().getId();
        PlannedConversation lateSunday = planned.plan(candidateId, sunday.atTime(23, 30),
                ConversationKind.PHONE, null, COACH);
        PlannedConversation nextMonday = planned.plan(candidateId, sunday.plusDays(1).atTime(0, 30),
                ConversationKind.PHONE, null, COACH);

        List<AgendaItem> week = agenda.between(COACH, monday, monday.plusWeeks(1), FOLLOW_UPS);
        List<AgendaItem> after = agenda.between(COACH, monday.plusWeeks(1), monday.plusWeeks(2), FOLLOW_UPS);

        assertThat(week).filteredOn(i -> i.uid().equals("planned-conversation-" + lateSunday.getId()))
                .singleElement().satisfies(i -> {
                    assertThat(i.day()).isEqualTo(sunday);
                    assertThat(i.startsAt().atZone(clock.getZone()).toLocalTime()).isEqualTo(LocalTime.of(23, 30));
                });
        assertThat(uids(week)).doesNotContain("planned-conversation-" + nextMonday.getId());
        assertThat(after).filteredOn(i -> i.uid().equals("planned-conversation-" + nextMonday.getId()))
                .singleElement().extracting(AgendaItem::day).isEqualTo(sunday.plusDays(1));
    }

    /** A month's agenda holds its 31st to the last minute, and not the first of the next month. */
    @Test
    void aMonthEndsWithItsThirtyFirst() {
        LocalDate first = today().withDayOfMonth(1).plusMonths(1);
        while (first.lengthOfMonth() != 31) {
            first = first.plusMonths(1);
        }
        LocalDate last = first.withDayOfMonth(31);
        long candidateId = coachesCandidate("coach").getCandidate().getId();
        PlannedConversation on31st = planned.plan(candidateId, last.atTime(23, 59), ConversationKind.VIDEO, null,
                COACH);
        PlannedConversation onFirst = planned.plan(candidateId, last.plusDays(1).atTime(0, 0),
                ConversationKind.VIDEO, null, COACH);

        List<AgendaItem> month = agenda.between(COACH, first, last.plusDays(1), FOLLOW_UPS);

        assertThat(month).filteredOn(i -> i.uid().equals("planned-conversation-" + on31st.getId()))
                .singleElement().extracting(AgendaItem::day).isEqualTo(last);
        assertThat(uids(month)).doesNotContain("planned-conversation-" + onFirst.getId());
    }

    private LocalDate nextLastSundayOf(int month) {
        LocalDate candidate = lastSunday(today().getYear(), month);
        return candidate.isAfter(today()) ? candidate : lastSunday(today().getYear() + 1, month);
    }

    private static LocalDate lastSunday(int year, int month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
    }
}
