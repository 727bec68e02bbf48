package be.actraject.web.assessment;

import be.actraject.bpmn.parameters.TrajectoryParameters;
import be.actraject.bpmn.task.WorkItems;
import be.actraject.domain.assessment.Competency;
import be.actraject.domain.assessment.InvalidScoresException;
import be.actraject.domain.assessment.ReferenceProfile;
import be.actraject.domain.assessment.ReferenceProfiles;
import be.actraject.domain.assessment.Scale;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.WebSliceConfiguration;
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

import java.util.List;
import java.util.Map;
import java.util.Set;

import static be.actraject.web.support.FlashMatchers.flashMessage;
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

@WebMvcTest(ReferenceProfileController.class)
@Import(WebSliceConfiguration.class)
class ReferenceProfileControllerTest {

    private static final String URL = "/settings/reference-profile";
    private static final Scale ONE_TO_FIVE = new Scale(1, 5);

    @Autowired
    MockMvc mvc;
    /** The task screen helper every slice loads asks for it; this form reads no task. */
    @MockitoBean
    WorkItems workItems;
    @MockitoBean
    ReferenceProfiles profiles;
    @MockitoBean
    TrajectoryParameters parameters;

    @BeforeEach
    void theScaleIsOneToFive() {
        given(parameters.entreSpiegelScale()).willReturn(ONE_TO_FIVE);
        ReferenceProfile current = Mockito.mock(ReferenceProfile.class);
        given(current.scoreOn(any(), eq(ONE_TO_FIVE))).willReturn(4);
        given(profiles.current()).willReturn(current);
    }

    /** Every competency scored 4, but the ones left out. */
    private static MockHttpServletRequestBuilder profile(String reason, Competency... leftOut) {
        MockHttpServletRequestBuilder request = post(URL).with(csrf()).with(SignedIn.coordinator())
                .param("reason", reason);
        for (Competency c : Competency.values()) {
            if (!List.of(leftOut).contains(c)) {
                request.param("scores[" + c + "]", "4");
            }
        }
        return request;
    }

    @Test
    void theFormStartsFromTheProfileInForceOnTodaysScale() throws Exception {
        mvc.perform(get(URL).with(SignedIn.coordinator()))
                .andExpect(status().isOk())
                .andExpect(view().name("assessment/reference-profile"))
                .andExpect(model().attribute("scale", ONE_TO_FIVE))
                .andExpect(model().attribute("scaleValues", List.of(1, 2, 3, 4, 5)))
                .andExpect(content().string(containsString("value=\"4\" selected=\"selected\"")));
    }

    @Test
    void aNewVersionReachesTheServiceWithEveryScoreAndItsReason() throws Exception {
        mvc.perform(profile("Bijgesteld na de intervisie"))
                .andExpect(redirectedUrl(URL))
                .andExpect(flashMessage("referenceProfile.saved"));

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<Competency, Integer>> scores = ArgumentCaptor.forClass(Map.class);
        verify(profiles).set(eq(ONE_TO_FIVE), scores.capture(), eq("Bijgesteld na de intervisie"), any());
        assertThat(scores.getValue()).hasSize(Competency.values().length).containsEntry(Competency.NETWORKING, 4);
    }

    @Test
    void aMissingScoreAndAMissingReasonComeBackTogether() throws Exception {
        mvc.perform(profile("", Competency.SELF_KNOWLEDGE))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("profile", "scores[SELF_KNOWLEDGE]",
                        "assessment.score.required"))
                .andExpect(model().attributeHasFieldErrorCode("profile", "reason", "NotBlank"))
                .andExpect(content().string(containsString("Geef een score van 1 tot 5.")));
        verify(profiles, never()).set(any(), any(), any(), any());
    }

    @Test
    void scoresTheServiceRefusesAreMarkedOnTheGridWithTheReasonKept() throws Exception {
        willThrow(new InvalidScoresException(Set.of(Competency.DECISIVENESS))).given(profiles)
                .set(any(), any(), any(), any());

        mvc.perform(profile("Nieuwe schaal"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("profile", "scores[DECISIVENESS]",
                        "assessment.score.required"))
                .andExpect(content().string(containsString("Nieuwe schaal")));
    }

    @Test
    void aCoachMayNotChangeTheReferenceProfile() throws Exception {
        mvc.perform(profile("Zo").with(SignedIn.coach())).andExpect(status().isForbidden());
        verify(profiles, never()).set(any(), any(), any(), any());
    }
}
