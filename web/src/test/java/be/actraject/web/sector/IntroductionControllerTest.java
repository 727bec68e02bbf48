package be.actraject.web.sector;

import be.actraject.bpmn.task.WorkItems;
import be.actraject.domain.access.Actor;
import be.actraject.domain.access.DossierChange;
import be.actraject.domain.candidate.Candidate;
import be.actraject.domain.prospecting.ProspectingClosedException;
import be.actraject.domain.sector.Experts;
import be.actraject.domain.sector.Introductions;
import be.actraject.domain.trajectory.DossierChanges;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.WebSliceConfiguration;
import be.actraject.workflow.Phase;
import be.actraject.workflow.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.LocalDate;

import static be.actraject.web.support.FlashMatchers.flashMessage;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(IntroductionController.class)
@Import(WebSliceConfiguration.class)
class IntroductionControllerTest {

    private static final String URL = "/candidates/3/introductions/new";
    /** The slice's clock's day. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    WorkItems workItems;
    @MockitoBean
    DossierChanges changes;
    @MockitoBean
    Experts experts;
    @MockitoBean
    Introductions introductions;

    @BeforeEach
    void aCandidateInTheProspecting() {
        Candidate candidate = mock(Candidate.class);
        given(candidate.getId()).willReturn(3L);
        given(candidate.fullName()).willReturn("Çağrı Yılmaz");
        Trajectory trajectory = mock(Trajectory.class);
        given(trajectory.getId()).willReturn(7L);
        given(trajectory.getCandidate()).willReturn(candidate);
        given(trajectory.getPhase()).willReturn(Phase.PROSPECTING);
        given(changes.currentOf(eq(3L), eq(DossierChange.COACHING_RECORD), any())).willReturn(trajectory);
    }

    private static MockHttpServletRequestBuilder introduce(String note) {
        return post(URL).with(csrf()).with(SignedIn.coach()).param("expertId", "4")
                .param("introducedOn", TODAY.toString()).param("note", note);
    }

    @Test
    void theIntroductionReachesTheServiceAndTheDossierSaysSo() throws Exception {
        mvc.perform(introduce("Vraag over btw op catering"))
                .andExpect(redirectedUrl("/candidates/3"))
                .andExpect(flashMessage("introduction.recorded"));
        verify(introductions).introduce(7L, 4L, TODAY, "Vraag over btw op catering", Actor.of("coach", Role.COACH));
    }

    @Test
    void aNoteOfNoBreakSpacesOnlyIsBlank() throws Exception {
        mvc.perform(introduce("\u00A0\u202F"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("introduction", "note", "NotBlank"));
        verify(introductions, never()).introduce(anyLong(), anyLong(), any(), any(), any());
    }

    @Test
    void aNoteOverItsLengthComesBackWithTheTextKept() throws Exception {
        String note = "Wil weten hoe je een foodtruck inricht. ".repeat(8).strip();

        mvc.perform(introduce(note))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("introduction", "note", "Size"))
                .andExpect(content().string(containsString("Gebruik hoogstens 250 tekens.")))
                .andExpect(content().string(containsString(note)));
        verify(introductions, never()).introduce(anyLong(), anyLong(), any(), any(), any());
    }

    @Test
    void outsideTheProspectingTheIntroductionIsRefusedOnTheFormKeepingWhatWasTyped() throws Exception {
        given(introductions.introduce(anyLong(), anyLong(), any(), any(), any()))
                .willThrow(new ProspectingClosedException(7L, Phase.INVOICING));

        mvc.perform(introduce("Kennismaking met de fiscalist").header("Referer", "http://localhost" + URL))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("introduction"))
                .andExpect(content().string(containsString(
                        "Prospectieactiviteiten worden alleen tijdens de prospectie genoteerd of bijgewerkt.")))
                .andExpect(content().string(containsString("Kennismaking met de fiscalist")))
                .andExpect(content().string(containsString("value=\"" + TODAY + "\"")));
    }

    @Test
    void anIntroductionBeforeTheDateOfEntryIsRefusedBesideTheDateKeepingWhatWasTyped() throws Exception {
        given(introductions.introduce(anyLong(), anyLong(), any(), any(), any()))
                .willThrow(new be.actraject.domain.sector.IntroductionBeforeEntryException(7L,
                        java.time.LocalDate.of(2025, 6, 1), java.time.LocalDate.of(2026, 5, 19)));

        mvc.perform(introduce("Kennismaking met de boekhouder"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("introduction", "introducedOn", "introduction.beforeEntry"))
                .andExpect(content().string(containsString("19/05/2026")))
                .andExpect(content().string(containsString("Kennismaking met de boekhouder")));
    }
}
