package be.actraject.web.intake;

import be.actraject.bpmn.task.WorkItems;
import be.actraject.domain.access.DossierChange;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.domain.assessment.Assessments;
import be.actraject.domain.assessment.ReferenceProfiles;
import be.actraject.domain.candidate.Candidate;
import be.actraject.domain.plan.ActionDraft;
import be.actraject.domain.plan.DevelopmentPlans;
import be.actraject.domain.plan.ObjectiveDraft;
import be.actraject.domain.plan.PlanDraft;
import be.actraject.domain.trajectory.DossierChanges;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.WebSliceConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.LocalDate;
import java.util.List;

import static be.actraject.web.support.FlashMatchers.flashMessage;
import static be.actraject.web.support.FormParams.typed;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
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

@WebMvcTest(PlanUpdateController.class)
@Import({WebSliceConfiguration.class, PlanScreens.class})
class PlanUpdateControllerTest {

    private static final String URL = "/candidates/42/plan";

    @Autowired
    MockMvc mvc;
    /** The task screen helper every slice loads asks for it; this form reads no task. */
    @MockitoBean
    WorkItems workItems;
    @MockitoBean
    DossierChanges changes;
    @MockitoBean
    DevelopmentPlans plans;
    @MockitoBean
    Assessments assessments;
    @MockitoBean
    ReferenceProfiles profiles;

    @BeforeEach
    void aCandidateInCoaching() {
        Candidate candidate = Mockito.mock(Candidate.class);
        given(candidate.getId()).willReturn(42L);
        given(candidate.fullName()).willReturn("Lotte Peeters");
        Trajectory trajectory = Mockito.mock(Trajectory.class);
        given(trajectory.getId()).willReturn(7L);
        given(trajectory.getCandidate()).willReturn(candidate);
        given(changes.currentOf(eq(42L), eq(DossierChange.COACHING_RECORD), any())).willReturn(trajectory);
        given(changes.activeTrajectory(eq(7L), eq(DossierChange.COACHING_RECORD), any())).willReturn(trajectory);
    }

    private static MockHttpServletRequestBuilder plan() {
        return post(URL).with(csrf()).with(SignedIn.coach()).param("agreedOn", "2026-11-20")
                .param("objectives[0].description", "Prijzen bepalen")
                .param("objectives[0].actions[0].description", "Concurrenten bekijken")
                .param("objectives[0].actions[0].targetOn", "2026-11-30")
                .param("objectives[0].actions[0].doneOn", "2026-11-19");
    }

    @Test
    void theFormStartsFromNothingWhenThereIsNoVersionYet() throws Exception {
        mvc.perform(get(URL).with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(view().name("intake/plan-update"))
                .andExpect(model().attributeExists("plan", "trajectory", "candidate", "gaps"))
                .andExpect(content().string(containsString("Lotte Peeters")));
    }

    @Test
    void aNewVersionReachesTheServiceWithTheDoneAction() throws Exception {
        mvc.perform(plan())
                .andExpect(redirectedUrl("/candidates/42"))
                .andExpect(flashMessage("plan.saved"));
        verify(plans).record(eq(7L), eq(new PlanDraft(List.of(new ObjectiveDraft(null, "Prijzen bepalen",
                List.of(new ActionDraft("Concurrenten bekijken", LocalDate.of(2026, 11, 30),
                        LocalDate.of(2026, 11, 19))))), LocalDate.of(2026, 11, 20))), any());
    }

    @Test
    void anActionDoneTomorrowComesBackWithItsMessageAndTheTypedText() throws Exception {
        mvc.perform(plan().with(typed("objectives[0].actions[0].doneOn", "2026-11-21")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("plan", "objectives[0].actions[0].doneOn"))
                .andExpect(content().string(containsString("Concurrenten bekijken")));
        verify(plans, never()).record(anyLong(), any(), any());
    }

    @Test
    void aVersionSavedByAColleagueAtTheSameMomentIsToldAboveTheForm() throws Exception {
        willThrow(new DataIntegrityViolationException("unique version")).given(plans).record(anyLong(), any(), any());

        mvc.perform(plan())
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("plan"))
                .andExpect(content().string(containsString("Een collega bewaarde net een versie van dit plan.")))
                .andExpect(content().string(containsString("Prijzen bepalen")));
    }

    @Test
    void someoneWhoMayNotChangeTheCoachingRecordIsRefused() throws Exception {
        given(changes.currentOf(eq(42L), eq(DossierChange.COACHING_RECORD), any()))
                .willThrow(new NotPermittedException("office", "COACHING_RECORD"));

        mvc.perform(plan().with(SignedIn.office())).andExpect(status().isForbidden());
        verify(plans, never()).record(anyLong(), any(), any());
    }
}
