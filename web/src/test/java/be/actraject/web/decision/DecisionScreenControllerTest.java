package be.actraject.web.decision;

import be.actraject.bpmn.intake.IntakeTasks;
import be.actraject.bpmn.invoicing.InvoicingTasks;
import be.actraject.bpmn.invoicing.PendingInvoicesException;
import be.actraject.bpmn.prospecting.ProspectingTasks;
import be.actraject.bpmn.task.WorkItems;
import be.actraject.domain.decision.MotivationRequiredException;
import be.actraject.domain.invoice.Invoices;
import be.actraject.domain.prospecting.ProspectingActivities;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.WebSliceConfiguration;
import be.actraject.workflow.Decision;
import be.actraject.workflow.Role;
import be.actraject.workflow.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static be.actraject.web.support.FlashMatchers.flashMessage;
import static be.actraject.web.support.WorkItemFixture.task;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(DecisionScreenController.class)
@Import(WebSliceConfiguration.class)
class DecisionScreenControllerTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    WorkItems workItems;
    @MockitoBean
    IntakeTasks intake;
    @MockitoBean
    ProspectingTasks prospecting;
    @MockitoBean
    InvoicingTasks invoicing;
    @MockitoBean
    ProspectingActivities activities;
    @MockitoBean
    Invoices invoices;

    private void coachHolds(UserTask kind) {
        given(workItems.find(eq("t1"), any())).willReturn(task("t1", kind, "coach"));
    }

    private static MockHttpServletRequestBuilder decide(String screen, String decision, String motivation) {
        return post("/tasks/t1/" + screen).with(csrf()).with(SignedIn.coach())
                .param("decision", decision).param("motivation", motivation);
    }

    @Test
    void theProspectingReviewShowsItsDecisionsAndTheLoggedActivities() throws Exception {
        coachHolds(UserTask.PROSPECTING_REVIEW);

        mvc.perform(get("/tasks/t1/prospecting-review").with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(view().name("decision/decision"))
                .andExpect(model().attribute("decisions", UserTask.PROSPECTING_REVIEW.decisions()))
                .andExpect(model().attributeExists("activities"))
                .andExpect(model().attributeDoesNotExist("invoices"));
    }

    @Test
    void theIntakeDecisionReachesTheIntakeService() throws Exception {
        coachHolds(UserTask.INTAKE_DECISION);

        mvc.perform(decide("intake-decision", "CONTINUE", "Sterk plan"))
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flashMessage("task.completed"));
        verify(intake).completeIntakeDecision(eq("t1"), eq(Decision.CONTINUE), eq("Sterk plan"), any());
        verifyNoInteractions(prospecting, invoicing);
    }

    @Test
    void theExitDecisionReachesTheInvoicingService() throws Exception {
        coachHolds(UserTask.INVOICING_EXIT_DECISION);

        mvc.perform(decide("exit-decision", "SELF_EMPLOYED", "Genoeg omzet"))
                .andExpect(redirectedUrl("/tasks"));
        verify(invoicing).completeExitDecision(eq("t1"), eq(Decision.SELF_EMPLOYED), eq("Genoeg omzet"), any());
    }

    @Test
    void theExitDecisionOffersTheEntrepreneursCooperativeAndPassesItOn() throws Exception {
        coachHolds(UserTask.INVOICING_EXIT_DECISION);
        mvc.perform(get("/tasks/t1/exit-decision").with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Gaat verder in een ondernemerscoöperatie")));

        mvc.perform(decide("exit-decision", "JOIN_COOPERATIVE", "Verder binnen de coöperatie"))
                .andExpect(redirectedUrl("/tasks"));
        verify(invoicing).completeExitDecision(eq("t1"), eq(Decision.JOIN_COOPERATIVE),
                eq("Verder binnen de coöperatie"), any());
    }

    @Test
    void aDecisionThisTaskDoesNotOfferComesBackWithTheMotivationKept() throws Exception {
        coachHolds(UserTask.INTAKE_DECISION);

        mvc.perform(decide("intake-decision", "START_INVOICING", "Mijn motivering"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("decisionForm", "decision", "decision.required"))
                .andExpect(content().string(containsString("Kies een beslissing.")))
                .andExpect(content().string(containsString("Mijn motivering")));
        verify(intake, never()).completeIntakeDecision(any(), any(), any(), any());
    }

    @Test
    void aMotivationTheServiceRefusesIsToldBesideTheField() throws Exception {
        coachHolds(UserTask.PROSPECTING_REVIEW);
        willThrow(new MotivationRequiredException()).given(prospecting).completeReview(any(), any(), any(), any());

        mvc.perform(decide("prospecting-review", "EXTEND", "?"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("decisionForm", "motivation",
                        "decision.motivation.required"))
                .andExpect(content().string(containsString("Geef een motivering.")));
    }

    @Test
    void anExitWithInvoicesWaitingIsRefusedAboveTheForm() throws Exception {
        coachHolds(UserTask.INVOICING_EXIT_DECISION);
        willThrow(new PendingInvoicesException(2)).given(invoicing).completeExitDecision(any(), any(), any(), any());

        mvc.perform(decide("exit-decision", "SALARIED", "Vast werk"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("decisionForm"))
                .andExpect(content().string(containsString("zolang er nog 2 facturen wachten")))
                .andExpect(content().string(containsString("Vast werk")));
    }

    @Test
    void anAdministratorMayNotDecide() throws Exception {
        coachHolds(UserTask.INTAKE_DECISION);

        mvc.perform(decide("intake-decision", "CONTINUE", "Zo").with(SignedIn.as("admin", Role.ADMINISTRATOR)))
                .andExpect(status().isForbidden());
        verify(intake, never()).completeIntakeDecision(any(), any(), any(), any());
    }
}
