package be.actraject.domain.agenda;

import be.actraject.domain.conversation.ConversationKind;
import be.actraject.domain.conversation.IndividualConversations;
import be.actraject.domain.group.LearningGroup;
import be.actraject.domain.group.LearningGroups;
import be.actraject.domain.trajectory.CandidateRegistration;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.CoachChanges;
import be.actraject.domain.trajectory.TimeLimits;
import be.actraject.domain.trajectory.TimelineEntry;
import be.actraject.domain.trajectory.TimelineKind;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.domain.trajectory.TrajectoryProgress;
import be.actraject.workflow.ExitType;
import be.actraject.workflow.Phase;
import be.actraject.workflow.TimeLimit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;

import static be.actraject.domain.fixtures.Fixtures.COACH;
import static be.actraject.domain.fixtures.Fixtures.COACH2;
import static be.actraject.domain.fixtures.Fixtures.COORDINATOR;
import static be.actraject.domain.fixtures.Fixtures.candidate;
import static be.actraject.domain.fixtures.Fixtures.conversation;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change of coach moves every agenda entry of the candidate to the new coach — the old coach keeps only what is
 * hers by another right (the sessions of the group she leads), even while the candidate stays in that group — and
 * the conversations already planned are taken over by the new coach, which the timeline tells.
 */
@SpringBootTest
@Transactional
class AgendaAfterAChangeOfCoachTest {

    private static final List<Period> FOLLOW_UPS = List.of(Period.ofMonths(3));

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
    CoachChanges coachChanges;
    @Autowired
    Caseload caseload;

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Trajectory inTheOldCoachsGroup() {
        String number = "A" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Trajectory t = registration.register(candidate("Çağrı", "Yılmaz", number, clock), "coach", COORDINATOR);
        progress.enterPhase(t.getId(), Phase.INTAKE);
        LearningGroup group = groups.create("Leergroep " + UUID.randomUUID(), "coach", COORDINATOR);
        groups.place(t.getId(), group.getId(), COORDINATOR);
        return t;
    }

    /** As the bpmn module's {@code CoachChange} does, in one transaction. */
    private void changeCoach(Trajectory t) {
        coachChanges.change(t.getId(), "coach2", "Coach met verlof", COORDINATOR);
        planned.takeOver(t.getId(), COORDINATOR.userId());
    }

    private static List<String> uids(List<AgendaItem> items) {
        return items.stream().map(AgendaItem::uid).toList();
    }

    @Test
    void theNewCoachHasTheCandidatesEntriesAndTheOldCoachOnlyHerGroupsSessions() {
        Trajectory t = inTheOldCoachsGroup();
        long candidateId = t.getCandidate().getId();
        PlannedConversation before = planned.plan(candidateId, today().plusDays(2).atTime(10, 0),
                ConversationKind.PHONE, null, COACH);
        conversations.record(t.getId(), conversation(today()), COACH);
        LocalDate lastDay = limits.open(t.getId(), TimeLimit.PRE_INVOICING, Period.ofMonths(6));
        long groupId = groups.groupIdsOf(List.of(t.getId())).iterator().next();
        groups.plan(groupId, today().plusDays(3).atTime(14, 0).atZone(clock.getZone()).toInstant(), 120,
                "Marktonderzoek", COACH);

        changeCoach(t);
        PlannedConversation after = planned.plan(candidateId, today().plusDays(4).atTime(9, 0),
                ConversationKind.VIDEO, null, COACH2);

        LocalDate until = lastDay.plusDays(1);
        List<AgendaItem> oldCoachs = agenda.between(COACH, today(), until, FOLLOW_UPS);
        List<AgendaItem> newCoachs = agenda.between(COACH2, today(), until, FOLLOW_UPS);
        assertThat(oldCoachs).noneMatch(i -> Long.valueOf(candidateId).equals(i.candidateId()))
                .anyMatch(i -> i.kind() == AgendaItem.Kind.SESSION && groupId == i.groupId());
        assertThat(uids(newCoachs)).contains("planned-conversation-" + before.getId(),
                "planned-conversation-" + after.getId(), "limit-pre-invoicing-" + t.getId());
        assertThat(newCoachs).extracting(AgendaItem::kind).contains(AgendaItem.Kind.NEXT_CONVERSATION,
                AgendaItem.Kind.SESSION);
    }

    @Test
    void theFollowUpsAfterTheExitAreTheNewCoachs() {
        Trajectory t = inTheOldCoachsGroup();
        changeCoach(t);
        progress.end(t.getId(), ExitType.SALARIED, "Werk gevonden");

        String followUp = "aftercare-" + t.getId() + "-P3M";
        assertThat(uids(agenda.between(COACH2, today(), today().plusMonths(4), FOLLOW_UPS))).contains(followUp);
        assertThat(uids(agenda.between(COACH, today(), today().plusMonths(4), FOLLOW_UPS))).doesNotContain(followUp);
    }

    @Test
    void theTimelineSaysTheNewCoachTookOverTheConversationsAhead() {
        Trajectory t = inTheOldCoachsGroup();
        long candidateId = t.getCandidate().getId();
        planned.plan(candidateId, today().plusDays(2).atTime(10, 0), ConversationKind.PHONE, null, COACH);
        planned.plan(candidateId, today().plusDays(9).atTime(10, 0), ConversationKind.PHONE, null, COACH);

        changeCoach(t);

        assertThat(caseload.dossier(candidateId, COACH2).timeline())
                .filteredOn(e -> e.getKind() == TimelineKind.PLANNED_CONVERSATIONS_TAKEN_OVER)
                .singleElement().extracting(TimelineEntry::getDetail).isEqualTo("2");
    }

    @Test
    void withNothingPlannedTheTimelineTellsOnlyTheChangeOfCoach() {
        Trajectory t = inTheOldCoachsGroup();

        changeCoach(t);

        assertThat(caseload.dossier(t.getCandidate().getId(), COACH2).timeline()).extracting(TimelineEntry::getKind)
                .contains(TimelineKind.COACH_CHANGED).doesNotContain(TimelineKind.PLANNED_CONVERSATIONS_TAKEN_OVER);
    }
}
