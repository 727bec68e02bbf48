package be.actraject.web.training;

import be.actraject.bpmn.task.WorkItems;
import be.actraject.bpmn.training.TrainingApprovalTasks;
import be.actraject.domain.candidate.Candidate;
import be.actraject.domain.decision.MotivationRequiredException;
import be.actraject.domain.training.Enrolment;
import be.actraject.domain.training.Payer;
import be.actraject.domain.training.TrainingModule;
import be.actraject.domain.training.TrainingProvider;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.web.number.Numbers;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.WebSliceConfiguration;
import be.actraject.web.system.Flash;
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
import org.springframework.test.web.servlet.ResultMatcher;

import java.math.BigDecimal;
import java.time.Instant;

import static be.actraject.web.support.FlashMatchers.flashMessage;
import static be.actraject.web.support.WorkItemFixture.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
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

@WebMvcTest(TrainingApprovalController.class)
@Import({WebSliceConfiguration.class, Numbers.class})
class TrainingApprovalControllerTest {

    private static final String URL = "/tasks/t1/training-approval";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    WorkItems workItems;
    @MockitoBean
    TrainingApprovalTasks approvals;
    @MockitoBean
    Caseload caseload;

    @BeforeEach
    void theCoordinatorHoldsTheApprovalOfAPaidEnrolment() {
        given(workItems.find(eq("t1"), any())).willReturn(task("t1", UserTask.TRAINING_APPROVAL, "coordinator"));
        TrainingProvider provider = Mockito.mock(TrainingProvider.class);
        given(provider.getName()).willReturn("Syntra Gent");
        TrainingModule module = Mockito.mock(TrainingModule.class);
        given(module.getTitle()).willReturn("Boekhouden voor starters");
        given(module.getProvider()).willReturn(provider);
        given(module.costsMoney()).willReturn(true);
        given(module.getCost()).willReturn(new BigDecimal("1234.50"));
        given(module.getPayer()).willReturn(Payer.COOPERATIVE);
        Enrolment enrolment = Mockito.mock(Enrolment.class);
        given(enrolment.getModule()).willReturn(module);
        given(enrolment.getRequestedBy()).willReturn("coach");
        given(enrolment.getRequestedAt()).willReturn(Instant.parse("2026-11-30T10:00:00Z"));
        given(approvals.enrolmentOf("t1")).willReturn(enrolment);
        Candidate candidate = Mockito.mock(Candidate.class);
        given(candidate.getId()).willReturn(42L);
        given(candidate.fullName()).willReturn("Lotte Peeters");
        Trajectory trajectory = Mockito.mock(Trajectory.class);
        given(trajectory.getCandidate()).willReturn(candidate);
        given(caseload.trajectory(eq(7L), any())).willReturn(trajectory);
    }

    @Test
    void theScreenShowsTheModuleItsCostWhoPaysAndTheCandidate() throws Exception {
        mvc.perform(get(URL).with(SignedIn.coordinator()))
                .andExpect(status().isOk())
                .andExpect(view().name("training/approval"))
                .andExpect(content().string(allOf(containsString("Boekhouden voor starters"),
                        containsString("Syntra Gent"), containsString("€ 1.234,50"), containsString("de coöperatie"),
                        containsString("Lotte Peeters"), containsString("/candidates/42"),
                        containsString("op aanvraag"))));
    }

    @Test
    void theScreenSaysWhenTheRuleCouldNotDecideAndOnlyThen() throws Exception {
        mvc.perform(get(URL).with(SignedIn.coordinator()))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("data-testid=\"rule-failed\""))))
                .andExpect(content().string(containsString("de regel vraagt je goedkeuring")));

        given(approvals.ruleFailed("t1")).willReturn(true);

        // A rule that failed asked nothing: the screen does not say it did.
        mvc.perform(get(URL).with(SignedIn.coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("De regel kon niet beslissen; keur zelf goed of af.")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("de regel vraagt"))));
    }

    @Test
    void anAgreementReachesTheServiceAndGoesBackToTheWorklist() throws Exception {
        mvc.perform(post(URL).with(csrf()).with(SignedIn.coordinator()).param("decision", "AGREE"))
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flashMessage("task.completed"));
        verify(approvals).complete(eq("t1"), eq(Decision.AGREE), eq(null), any());
    }

    /**
     * The approval ends its own process, not the trajectory's: "no task open" was the answer to another question. The
     * second message says what was decided.
     */
    private static ResultMatcher nextSentence(String key, Object... args) {
        return result -> {
            Flash next = (Flash) result.getFlashMap().get(Flash.NEXT);
            assertThat(next).as("second sentence").isNotNull();
            assertThat(next.key()).isEqualTo(key);
            assertThat(next.args()).containsExactly(args);
        };
    }

    @Test
    void anAgreementOrARefusalIsSaidAsSuchNotAsNoTaskOpen() throws Exception {
        mvc.perform(post(URL).with(csrf()).with(SignedIn.coordinator()).param("decision", "AGREE"))
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(nextSentence("training.approval.done.AGREE", "Boekhouden voor starters"));
        mvc.perform(post(URL).with(csrf()).with(SignedIn.coordinator()).param("decision", "REFUSE")
                        .param("reason", "Budget van dit jaar op"))
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(nextSentence("training.approval.done.REFUSE", "Boekhouden voor starters"));
    }

    @Test
    void aRefusalWithoutAReasonComesBackWithTheMessageAndTheChoiceKept() throws Exception {
        willThrow(new MotivationRequiredException()).given(approvals).complete(any(), any(), any(), any());

        mvc.perform(post(URL).with(csrf()).with(SignedIn.coordinator()).param("decision", "REFUSE")
                        .param("reason", " "))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("approval", "reason",
                        "training.approval.reason.required"))
                .andExpect(content().string(containsString("Zeg waarom je de inschrijving weigert.")))
                .andExpect(content().string(containsString(
                        "value=\"REFUSE\" id=\"decision2\" name=\"decision\" checked=\"checked\"")));
    }

    @Test
    void noDecisionIsToldBesideTheChoicesWithTheReasonKept() throws Exception {
        mvc.perform(post(URL).with(csrf()).with(SignedIn.coordinator()).param("reason", "Budget van dit jaar op"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("approval", "decision"))
                .andExpect(content().string(containsString("Budget van dit jaar op")));
        verify(approvals, never()).complete(any(), any(), any(), any());
    }

    @Test
    void anAdministratorMayNotDecide() throws Exception {
        mvc.perform(post(URL).with(csrf()).with(SignedIn.as("admin", Role.ADMINISTRATOR)).param("decision", "AGREE"))
                .andExpect(status().isForbidden());
        verify(approvals, never()).complete(any(), any(), any(), any());
    }
}
