package be.actraject.web.intake;

import be.actraject.bpmn.intake.IntakeTasks;
import be.actraject.bpmn.parameters.TrajectoryParameters;
import be.actraject.bpmn.task.WorkItems;
import be.actraject.domain.assessment.Assessments;
import be.actraject.domain.assessment.Competency;
import be.actraject.domain.assessment.InvalidScoresException;
import be.actraject.domain.assessment.ReferenceProfile;
import be.actraject.domain.assessment.ReferenceProfiles;
import be.actraject.domain.assessment.Scale;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.WebSliceConfiguration;
import be.actraject.workflow.Role;
import be.actraject.workflow.UserTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static be.actraject.web.support.FlashMatchers.flashMessage;
import static be.actraject.web.support.WorkItemFixture.task;
import static org.assertj.core.api.Assertions.assertThat;
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

@WebMvcTest(EntreSpiegelController.class)
@Import(WebSliceConfiguration.class)
class EntreSpiegelControllerTest {

    private static final String URL = "/tasks/t1/entre-spiegel";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    WorkItems workItems;
    @MockitoBean
    IntakeTasks intake;
    @MockitoBean
    TrajectoryParameters parameters;
    @MockitoBean
    ReferenceProfiles profiles;
    @MockitoBean
    Assessments assessments;

    @BeforeEach
    void theCoachHoldsTheEntreSpiegelOnAScaleOfOneToFive() {
        given(parameters.entreSpiegelScale()).willReturn(new Scale(1, 5));
        given(profiles.current()).willReturn(Mockito.mock(ReferenceProfile.class));
        given(workItems.find(eq("t1"), any())).willReturn(task("t1", UserTask.ENTRE_SPIEGEL, "coach"));
    }

    /** Every competency scored 3, but the ones left out. */
    private static MockHttpServletRequestBuilder scored(String assessedOn, Competency... leftOut) {
        MockHttpServletRequestBuilder request = post(URL).with(csrf()).with(SignedIn.coach())
                .param("assessedOn", assessedOn);
        for (Competency c : Competency.values()) {
            if (!List.of(leftOut).contains(c)) {
                request.param("scores[" + c + "]", "3");
            }
        }
        return request;
    }

    @Test
    void theScreenDrawsTheGridOnTheScaleAndProposesToday() throws Exception {
        mvc.perform(get(URL).with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(view().name("intake/entre-spiegel"))
                .andExpect(model().attribute("scaleValues", List.of(1, 2, 3, 4, 5)))
                .andExpect(model().attributeExists("referenceScores"))
                .andExpect(content().string(containsString("value=\"2026-11-20\"")));
    }

    @Test
    void aCompleteGridReachesTheServiceWithEveryScore() throws Exception {
        mvc.perform(scored("2026-11-19"))
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flashMessage("task.completed"));

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<Competency, Integer>> scores = ArgumentCaptor.forClass(Map.class);
        verify(intake).completeEntreSpiegel(eq("t1"), eq(LocalDate.of(2026, 11, 19)), scores.capture(), any());
        assertThat(scores.getValue()).hasSize(Competency.values().length).containsEntry(Competency.NETWORKING, 3);
    }

    @Test
    void aMissingScoreAndAScoreOffTheScaleComeBackWithTheOtherScoresKept() throws Exception {
        mvc.perform(scored("2026-11-19", Competency.NETWORKING, Competency.PERSEVERANCE)
                        .param("scores[PERSEVERANCE]", "9"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("assessment", "scores[NETWORKING]",
                        "assessment.score.required"))
                .andExpect(model().attributeHasFieldErrorCode("assessment", "scores[PERSEVERANCE]",
                        "assessment.score.required"))
                .andExpect(content().string(containsString("Geef een score van 1 tot 5.")));
        verify(intake, never()).completeEntreSpiegel(any(), any(), any(), any());
    }

    @Test
    void aDateInTheFutureComesBackBesideTheDate() throws Exception {
        mvc.perform(scored("2026-11-21"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("assessment", "assessedOn"));
        verify(intake, never()).completeEntreSpiegel(any(), any(), any(), any());
    }

    @Test
    void scoresTheServiceRefusesAreMarkedOnTheGrid() throws Exception {
        willThrow(new InvalidScoresException(Set.of(Competency.MARKET_INSIGHT))).given(intake)
                .completeEntreSpiegel(any(), any(), any(), any());

        mvc.perform(scored("2026-11-19"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("assessment", "scores[MARKET_INSIGHT]",
                        "assessment.score.required"))
                .andExpect(content().string(containsString("Geef een score van 1 tot 5.")));
    }

    @Test
    void anAdministratorMayNotScore() throws Exception {
        mvc.perform(scored("2026-11-19").with(SignedIn.as("admin", Role.ADMINISTRATOR)))
                .andExpect(status().isForbidden());
        verify(intake, never()).completeEntreSpiegel(any(), any(), any(), any());
    }
}
