package be.actraject.web.correction;

import be.actraject.bpmn.trajectory.CoachChange;
import be.actraject.domain.access.Actor;
import be.actraject.domain.agenda.AgendaItem;
import be.actraject.domain.agenda.CalendarFeeds;
import be.actraject.domain.agenda.PlannedConversation;
import be.actraject.domain.agenda.PlannedConversations;
import be.actraject.domain.conversation.ConversationKind;
import be.actraject.domain.group.LearningGroup;
import be.actraject.domain.group.LearningGroups;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.TimelineEntry;
import be.actraject.domain.trajectory.TimelineKind;
import be.actraject.web.fixtures.TestTrajectories;
import be.actraject.web.fixtures.TestTrajectory;
import be.actraject.web.fullstack.FullStackTest;
import be.actraject.workflow.Role;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * After a change of coach the candidate's planned conversation leaves the old coach's agenda and calendar feed and
 * is in the new coach's — though the candidate stays in the learning group the old coach leads — and the timeline
 * says the new coach took it over.
 */
@FullStackTest
class FeedsAfterAChangeOfCoachTest {

    static final Actor COACH = Actor.of("coach", Role.COACH);
    static final Actor COACH2 = Actor.of("coach2", Role.COACH);
    static final Actor COORDINATOR = Actor.of("coordinator", Role.COORDINATOR);

    @Autowired
    ApplicationContext context;
    @Autowired
    Clock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    CoachChange coachChange;
    @Autowired
    PlannedConversations planned;
    @Autowired
    LearningGroups groups;
    @Autowired
    CalendarFeeds feeds;
    @Autowired
    be.actraject.domain.agenda.Agenda agenda;
    @Autowired
    Caseload caseload;
    @Autowired
    PlatformTransactionManager transactions;

    private List<String> feedUids(Actor owner) throws Exception {
        String body = mvc.perform(get("/agenda/feed/" + feeds.issue(owner) + ".ics")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<VEvent> events = new CalendarBuilder().build(new StringReader(body)).getComponents("VEVENT");
        return events.stream().map(e -> e.getUid().orElseThrow().getValue()).toList();
    }

    private List<String> agendaUids(Actor actor, LocalDate from) {
        return agenda.between(actor, from, from.plusDays(14), List.of()).stream().map(AgendaItem::uid).toList();
    }

    @Test
    void theNewCoachsAgendaAndFeedHoldThePlannedConversationAndTheOldCoachsNoLonger() throws Exception {
        TestTrajectory sara = new TestTrajectories(context).candidate("Sara", "Nieuwecoachagenda")
                .coachedBy("coach").atEntreSpiegel();
        LearningGroup group = groups.create("Leergroep " + UUID.randomUUID(), "coach", COORDINATOR);
        groups.place(sara.trajectoryId(), group.getId(), COORDINATOR);
        LocalDate today = LocalDate.now(clock);
        PlannedConversation p = planned.plan(sara.candidateId(), today.plusDays(3).atTime(10, 0),
                ConversationKind.PHONE, null, COACH);
        String uid = "planned-conversation-" + p.getId();
        assertThat(feedUids(COACH)).contains(uid + "@ac-traject");
        assertThat(agendaUids(COACH, today)).contains(uid);

        coachChange.change(sara.trajectoryId(), "coach2", "Coach met zwangerschapsverlof", COORDINATOR);

        assertThat(agendaUids(COACH, today)).doesNotContain(uid);
        assertThat(feedUids(COACH)).doesNotContain(uid + "@ac-traject");
        assertThat(agendaUids(COACH2, today)).contains(uid);
        assertThat(feedUids(COACH2)).contains(uid + "@ac-traject");
        List<TimelineEntry> timeline = new TransactionTemplate(transactions).execute(s ->
                caseload.dossier(sara.candidateId(), COACH2).timeline());
        assertThat(timeline).anyMatch(e -> e.getKind() == TimelineKind.PLANNED_CONVERSATIONS_TAKEN_OVER
                        && "1".equals(e.getDetail()));
    }
}
