package be.actraject.web.review;

import be.actraject.bpmn.review.ReviewTasks;
import be.actraject.bpmn.task.WorkItem;
import be.actraject.bpmn.task.WorkItems;
import be.actraject.domain.decision.MotivationRequiredException;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.WebSliceConfiguration;
import be.actraject.workflow.Decision;
import be.actraject.workflow.Phase;
import be.actraject.workflow.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.util.List;

import static be.actraject.web.support.FlashMatchers.flashMessage;
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

@WebMvcTest(ReviewStepController.class)
@Import(WebSliceConfiguration.class)
class ReviewStepControllerTest {

    private static final String URL = "/tasks/t1/review";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    WorkItems workItems;
    @MockitoBean
    ReviewTasks reviews;

    /** A step a coordinator added to a model: its key is no task the code knows. */
    private static WorkItem reviewStep(String assignee) {
        return new WorkItem("t1", "Review_Budget", "Budget nakijken", Instant.parse("2026-11-18T10:00:00Z"), null,
                assignee, "Lotte Peeters", 7L, 42L, null, Phase.INTAKE, 5, 170L, false, "coach", null, null, null);
    }

    @BeforeEach
    void theCoordinatorHoldsAReviewStep() {
        given(workItems.find(eq("t1"), any())).willReturn(reviewStep("coordinator"));
        given(reviews.isReview("t1")).willReturn(true);
    }

    @Test
    void theScreenShowsTheStepByItsNameInTheModel() throws Exception {
        mvc.perform(get(URL).with(SignedIn.coordinator()))
                .andExpect(status().isOk())
                .andExpect(view().name("review/review"))
                .andExpect(model().attribute("decisions", List.of(Decision.APPROVE, Decision.SEND_BACK)))
                .andExpect(content().string(containsString("Budget nakijken")));
    }

    @Test
    void anApprovalReachesTheServiceWithTheStepsName() throws Exception {
        mvc.perform(post(URL).with(csrf()).with(SignedIn.coordinator())
                        .param("decision", "APPROVE").param("motivation", "Budget klopt"))
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flashMessage("task.completed"));
        verify(reviews).complete(eq("t1"), eq("Budget nakijken"), eq(Decision.APPROVE), eq("Budget klopt"), any());
    }

    @Test
    void aDecisionWithoutChoiceComesBackWithTheMotivationKept() throws Exception {
        mvc.perform(post(URL).with(csrf()).with(SignedIn.coordinator()).param("motivation", "Mijn uitleg"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("decisionForm", "decision"))
                .andExpect(content().string(containsString("Mijn uitleg")));
        verify(reviews, never()).complete(any(), any(), any(), any(), any());
    }

    @Test
    void aMotivationTheServiceRefusesIsToldBesideTheField() throws Exception {
        willThrow(new MotivationRequiredException()).given(reviews).complete(any(), any(), any(), any(), any());

        mvc.perform(post(URL).with(csrf()).with(SignedIn.coordinator())
                        .param("decision", "SEND_BACK").param("motivation", "x"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("decisionForm", "motivation", "NotBlank"))
                .andExpect(content().string(containsString("Vul dit veld in.")));
    }

    @Test
    void aTaskThatIsNoReviewStepIsNotFoundHere() throws Exception {
        given(reviews.isReview("t1")).willReturn(false);

        mvc.perform(get(URL).with(SignedIn.coordinator())).andExpect(status().isNotFound());
    }

    @Test
    void anAdministratorMayNotReview() throws Exception {
        mvc.perform(get(URL).with(SignedIn.as("admin", Role.ADMINISTRATOR))).andExpect(status().isForbidden());
    }
}
