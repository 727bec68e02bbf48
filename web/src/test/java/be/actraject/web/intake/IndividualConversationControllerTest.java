package be.actraject.web.intake;

import be.actraject.bpmn.conversation.ConversationTasks;
import be.actraject.bpmn.task.TaskAlreadyCompletedException;
import be.actraject.bpmn.task.WorkItems;
import be.actraject.domain.conversation.ActionOwner;
import be.actraject.domain.conversation.ActionPoint;
import be.actraject.domain.conversation.ActionPointDraft;
import be.actraject.domain.conversation.ActionPointNotOpenException;
import be.actraject.domain.conversation.ActionPointStatus;
import be.actraject.domain.conversation.ConversationDateOutOfRangeException;
import be.actraject.domain.conversation.ConversationReport;
import be.actraject.domain.conversation.IndividualConversations;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.WebSliceConfiguration;
import be.actraject.workflow.UserTask;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static be.actraject.web.support.FlashMatchers.flashMessage;
import static be.actraject.web.support.WorkItemFixture.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(IndividualConversationController.class)
@Import(WebSliceConfiguration.class)
class IndividualConversationControllerTest {

    private static final String URL = "/tasks/t1/individual-conversation";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    WorkItems workItems;
    @MockitoBean
    ConversationTasks intake;
    @MockitoBean
    IndividualConversations records;
    @MockitoBean
    Caseload caseload;

    /** The slice's clock's day and the trajectory's date of entry. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final LocalDate ENTRY = LocalDate.of(2026, 5, 19);

    private void heldBy(String assignee) {
        given(workItems.find(eq("t1"), any())).willReturn(task("t1", UserTask.INDIVIDUAL_CONVERSATION, assignee));
        Trajectory trajectory = org.mockito.Mockito.mock(Trajectory.class);
        given(trajectory.getStartDate()).willReturn(ENTRY);
        given(caseload.trajectory(anyLong(), any())).willReturn(trajectory);
    }

    private static MockHttpServletRequestBuilder report() {
        return report("2026-11-19", "2026-12-03");
    }

    private static MockHttpServletRequestBuilder report(String heldOn, String nextPlannedOn) {
        return post(URL).with(csrf()).with(SignedIn.coach())
                .param("heldOn", heldOn).param("kind", "IN_PERSON").param("topics", "Kennismaking")
                .param("notes", "Loopt al lang met het idee rond").param("nextPlannedOn", nextPlannedOn);
    }

    @Test
    void theScreenShowsTheTaskAndProposesToday() throws Exception {
        heldBy("coach");

        mvc.perform(get(URL).with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Taak voor Lotte Peeters")))
                .andExpect(content().string(containsString("value=\"2026-11-20\"")));
    }

    @Test
    void aCompleteReportCompletesTheTaskAndReturnsToTheWorklist() throws Exception {
        heldBy("coach");

        mvc.perform(report())
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flashMessage("task.completed"));
        verify(intake).complete(eq("t1"), any(), any());
    }

    @Test
    void anIncompleteReportComesBackWithMessagesAndWhatWasTyped() throws Exception {
        heldBy("coach");

        mvc.perform(post(URL).with(csrf()).with(SignedIn.coach())
                        .param("heldOn", "2026-11-30").param("kind", "PHONE").param("topics", "")
                        .param("notes", "Mijn notities").param("nextPlannedOn", "2026-11-25"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("conversation", "topics", "nextPlannedOn"))
                .andExpect(content().string(containsString("Mijn notities")))
                .andExpect(content().string(containsString("Het volgende gesprek moet na dit gesprek vallen.")));
        verify(intake, never()).complete(any(), any(), any());
    }

    /** Issue 17: the picker offers what the domain admits, the trajectory's start up to today. */
    @Test
    void thePickerOfTheConversationsDayOffersFromTheDateOfEntryToToday() throws Exception {
        heldBy("coach");

        String page = mvc.perform(get(URL).with(SignedIn.coach())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();

        assertThat(page).contains("id=\"heldOn\"", "min=\"" + ENTRY + "\"", "max=\"" + TODAY + "\"")
                .doesNotContain("min=\"2025-");
    }

    /**
     * Issue 17: a day before the start, in the future or years off all reach the domain (no generic window of the
     * form's own) and come back beside the date with its one message, naming the start and today.
     */
    @Test
    void aDayBeforeTheStartInTheFutureOrYearsOffGetsTheOneMessageNamingTheStartAndToday() throws Exception {
        heldBy("coach");
        // The domain's rule (IndividualConversations): from the trajectory's start up to today.
        willAnswer(call -> {
            LocalDate on = call.<ConversationReport>getArgument(1).heldOn();
            if (on.isBefore(ENTRY) || on.isAfter(TODAY)) {
                throw new ConversationDateOutOfRangeException(ENTRY, TODAY);
            }
            return null;
        }).given(intake).complete(any(), any(), any());

        for (String day : List.of("2026-05-18", "2025-06-01", "2026-11-21", "1900-01-01", "2999-12-31")) {
            mvc.perform(report(day, ""))
                    .andExpect(status().isOk())
                    .andExpect(model().attributeHasFieldErrorCode("conversation", "heldOn", "conversation.heldOn.range"))
                    .andExpect(model().errorCount(1))
                    .andExpect(content().string(containsString(
                            "Het gesprek vond plaats tussen de start van het traject (19/05/2026) en vandaag (20/11/2026).")))
                    .andExpect(content().string(containsString("value=\"" + day + "\"")));
        }
    }

    @Test
    void completingATaskSomeoneElseHoldsIsForbidden() throws Exception {
        heldBy("coach2");

        mvc.perform(report()).andExpect(status().isForbidden());
        verify(intake, never()).complete(any(), any(), any());
    }

    @Test
    void completingAnUnclaimedTaskIsForbiddenToo() throws Exception {
        heldBy(null);

        mvc.perform(report()).andExpect(status().isForbidden());
    }

    @Test
    void aStaleFormWritesNothingAndSaysSo() throws Exception {
        given(workItems.find(eq("t1"), any())).willThrow(new TaskAlreadyCompletedException("t1", "coach", null));

        mvc.perform(report())
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flashMessage("task.closed"));
        verify(intake, never()).complete(any(), any(), any());
    }

    private static ActionPoint openPoint(long id, String what) {
        ActionPoint point = org.mockito.Mockito.mock(ActionPoint.class);
        given(point.getId()).willReturn(id);
        given(point.getWhat()).willReturn(what);
        given(point.getOwner()).willReturn(ActionOwner.CANDIDATE);
        given(point.getDueOn()).willReturn(LocalDate.of(2026, 11, 25));
        given(point.isOpen()).willReturn(true);
        return point;
    }

    @Test
    void theOpenActionPointsOfEarlierConversationsAreOfferedForReviewAndEmptyLinesForNewOnes() throws Exception {
        heldBy("coach");
        List<ActionPoint> open = List.of(openPoint(31, "Lijst van klanten maken"));
        given(records.openActionPoints(eq(7L), any())).willReturn(open);

        mvc.perform(get(URL).with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lijst van klanten maken")))
                .andExpect(content().string(containsString("name=\"reviews[31]\"")))
                .andExpect(content().string(containsString("name=\"actionPoints[2].what\"")));
    }

    @Test
    void newActionPointsAndReviewsReachTheServiceWithoutTheEmptyLinesOrTheUnchangedReviews() throws Exception {
        heldBy("coach");
        List<ActionPoint> open = List.of(openPoint(31, "Lijst van klanten maken"), openPoint(32, "Folder ontwerpen"));
        given(records.openActionPoints(eq(7L), any())).willReturn(open);

        mvc.perform(report().param("reviews[31]", "DONE").param("reviews[32]", "OPEN")
                        .param("actionPoints[0].what", "Prijs berekenen").param("actionPoints[0].owner", "TOGETHER")
                        .param("actionPoints[0].dueOn", "2026-12-01")
                        .param("actionPoints[1].what", "").param("actionPoints[1].owner", "CANDIDATE"))
                .andExpect(redirectedUrl("/tasks"));

        ArgumentCaptor<ConversationReport> report = ArgumentCaptor.forClass(ConversationReport.class);
        verify(intake).complete(eq("t1"), report.capture(), any());
        assertThat(report.getValue().actionPoints()).containsExactly(
                new ActionPointDraft("Prijs berekenen", ActionOwner.TOGETHER, LocalDate.of(2026, 12, 1)));
        assertThat(report.getValue().reviews()).containsExactlyEntriesOf(Map.of(31L, ActionPointStatus.DONE));
    }

    @Test
    void anActionPointWithoutDueDateOrDueBeforeTheConversationComesBackWithItsMessageAndTheTypedText()
            throws Exception {
        heldBy("coach");

        mvc.perform(report().param("actionPoints[0].what", "Website laten maken")
                        .param("actionPoints[1].what", "Offerte vragen").param("actionPoints[1].dueOn", "2026-11-01"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("conversation", "actionPoints[0].dueOn",
                        "actionPoints[1].dueOn"))
                .andExpect(content().string(containsString("Website laten maken")))
                .andExpect(content().string(containsString("Geef de datum waartegen dit gedaan moet zijn.")))
                .andExpect(content().string(containsString("Een afspraak valt op of na de datum van het gesprek.")));
        verify(intake, never()).complete(any(), any(), any());
    }

    @Test
    void aReviewOfAnActionPointClosedMeanwhileIsRefusedWithAMessageAndNothingWritten() throws Exception {
        heldBy("coach");
        willThrow(new ActionPointNotOpenException(31)).given(intake).complete(any(), any(), any());

        mvc.perform(report().param("reviews[31]", "DONE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("intussen in een ander gesprek besproken")))
                .andExpect(content().string(containsString("Loopt al lang met het idee rond")));
    }
}
