package be.actraject.web.exploration;

import be.actraject.bpmn.exploration.ExplorationTasks;
import be.actraject.bpmn.task.DecisionRequiredException;
import be.actraject.bpmn.task.WorkItems;
import be.actraject.domain.exploration.Deliverable;
import be.actraject.domain.exploration.DeliverableKind;
import be.actraject.domain.exploration.DeliverableStatus;
import be.actraject.domain.exploration.DeliverableUpdate;
import be.actraject.domain.exploration.Deliverables;
import be.actraject.domain.group.LearningGroups;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.WebSliceConfiguration;
import be.actraject.workflow.Decision;
import be.actraject.workflow.Role;
import be.actraject.workflow.UserTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.List;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(ReviewController.class)
@Import(WebSliceConfiguration.class)
class ReviewControllerTest {

    private static final String URL = "/tasks/t1/exploration-review";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    WorkItems workItems;
    @MockitoBean
    ExplorationTasks exploration;
    @MockitoBean
    Deliverables deliverables;
    @MockitoBean
    LearningGroups groups;

    private static Deliverable deliverable(DeliverableKind kind, DeliverableStatus status, String note) {
        Deliverable d = Mockito.mock(Deliverable.class);
        given(d.getKind()).willReturn(kind);
        given(d.getStatus()).willReturn(status);
        given(d.getNote()).willReturn(note);
        return d;
    }

    @BeforeEach
    void theCoachHoldsTheReview() {
        given(workItems.find(eq("t1"), any())).willReturn(task("t1", UserTask.EXPLORATION_REVIEW, "coach"));
        List<Deliverable> current =
                List.of(deliverable(DeliverableKind.WEBSITE, DeliverableStatus.IN_PROGRESS, "Bij de webbouwer"));
        given(deliverables.of(eq(7L), any())).willReturn(current);
    }

    private static MockHttpServletRequestBuilder review() {
        return post(URL).with(csrf()).with(SignedIn.coach())
                .param("deliverables[0].kind", "WEBSITE").param("deliverables[0].status", "DONE")
                .param("deliverables[0].note", "Online sinds maandag")
                .param("deliverables[1].kind", "FOLDER");
    }

    @Test
    void theScreenListsTheDeliverablesAsTheyStand() throws Exception {
        mvc.perform(get(URL).with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(view().name("exploration/review"))
                .andExpect(model().attribute("decisions", UserTask.EXPLORATION_REVIEW.decisions()))
                .andExpect(content().string(containsString("Bij de webbouwer")))
                .andExpect(content().string(containsString("value=\"IN_PROGRESS\" selected=\"selected\"")));
    }

    @Test
    void theDecisionReachesTheServiceWithTheDeliverablesThatHaveAStatus() throws Exception {
        mvc.perform(review().param("decision", "CONTINUE").param("motivation", "Klaar voor prospectie"))
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flashMessage("task.completed"));
        verify(exploration).completeReview(eq("t1"),
                eq(List.of(new DeliverableUpdate(DeliverableKind.WEBSITE, DeliverableStatus.DONE,
                        "Online sinds maandag"))),
                eq(Decision.CONTINUE), eq("Klaar voor prospectie"), any());
    }

    @Test
    void aReviewWithoutDecisionComesBackWithTheNotesKept() throws Exception {
        mvc.perform(review().param("motivation", ""))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("review", "decision", "motivation"))
                .andExpect(content().string(containsString("Online sinds maandag")));
        verify(exploration, never()).completeReview(any(), any(), any(), any(), any());
    }

    @Test
    void aDecisionTheServiceFindsMissingIsToldBesideTheChoices() throws Exception {
        willThrow(new DecisionRequiredException()).given(exploration).completeReview(any(), any(), any(), any(), any());

        mvc.perform(review().param("decision", "REORIENT").param("motivation", "Past niet"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("review", "decision", "decision.required"))
                .andExpect(content().string(containsString("Kies een beslissing.")));
    }

    @Test
    void aNoteOverItsColumnIsToldBesideItAndEverythingTypedIsKept() throws Exception {
        String note = "Veel te vertellen. ".repeat(30).strip();

        mvc.perform(review().param("deliverables[0].note", note)
                        .param("decision", "CONTINUE").param("motivation", "Klaar voor prospectie"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("review", "deliverables[0].note", "Size"))
                .andExpect(content().string(containsString("Gebruik hoogstens 500 tekens.")))
                .andExpect(content().string(containsString(note)))
                .andExpect(content().string(containsString("Klaar voor prospectie")));
        verify(exploration, never()).completeReview(any(), any(), any(), any(), any());
    }

    @Test
    void anAdministratorMayNotReview() throws Exception {
        mvc.perform(review().param("decision", "CONTINUE").param("motivation", "Zo")
                        .with(SignedIn.as("admin", Role.ADMINISTRATOR)))
                .andExpect(status().isForbidden());
        verify(exploration, never()).completeReview(any(), any(), any(), any(), any());
    }
}
