package be.actraject.web.intake;

import be.actraject.bpmn.conversation.ConversationTasks;
import be.actraject.bpmn.task.TaskAlreadyCompletedException;
import be.actraject.bpmn.task.WorkItems;
import be.actraject.domain.conversation.ConversationBeforeStartException;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.WebSliceConfiguration;
import be.actraject.workflow.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.LocalDate;

import static be.actraject.web.support.FlashMatchers.flashMessage;
import static be.actraject.web.support.WorkItemFixture.task;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
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

    private void heldBy(String assignee) {
        given(workItems.find(eq("t1"), any())).willReturn(task("t1", UserTask.INDIVIDUAL_CONVERSATION, assignee));
    }

    private static MockHttpServletRequestBuilder report() {
        return post(URL).with(csrf()).with(SignedIn.coach())
                .param("heldOn", "2026-11-19").param("kind", "IN_PERSON").param("topics", "Kennismaking")
                .param("notes", "Loopt al lang met het idee rond").param("nextPlannedOn", "2026-12-03");
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
                        .param("notes", "Mijn notities").param("nextPlannedOn", "2026-11-01"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("conversation", "heldOn", "topics", "nextPlannedOn"))
                .andExpect(content().string(containsString("Mijn notities")))
                .andExpect(content().string(containsString("Deze datum mag niet in de toekomst liggen.")))
                .andExpect(content().string(containsString("Het volgende gesprek moet na dit gesprek vallen.")));
        verify(intake, never()).complete(any(), any(), any());
    }

    @Test
    void aConversationBeforeTheStartIsToldBesideTheDate() throws Exception {
        heldBy("coach");
        willThrow(new ConversationBeforeStartException(LocalDate.of(2026, 11, 19)))
                .given(intake).complete(any(), any(), any());

        mvc.perform(report())
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("vóór de start van het traject (19/11/2026)")));
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
}
