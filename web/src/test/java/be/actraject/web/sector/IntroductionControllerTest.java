package be.actraject.web.sector;

import be.actraject.bpmn.task.WorkItems;
import be.actraject.domain.access.Actor;
import be.actraject.domain.access.DossierChange;
import be.actraject.domain.candidate.Candidate;
import be.actraject.domain.prospecting.ProspectingClosedException;
import be.actraject.domain.sector.Experts;
import be.actraject.domain.sector.IntroductionDateOutOfRangeException;
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
import java.util.List;

import static be.actraject.web.support.FlashMatchers.flashMessage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
    private static final LocalDate ENTRY = LocalDate.of(2026, 5, 19);

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

    private Trajectory trajectory;

    @BeforeEach
    void aCandidateInTheProspecting() {
        Candidate candidate = mock(Candidate.class);
        given(candidate.getId()).willReturn(3L);
        given(candidate.fullName()).willReturn("Çağrı Yılmaz");
        trajectory = mock(Trajectory.class);
        given(trajectory.isActive()).willReturn(true);
        given(trajectory.getId()).willReturn(7L);
        given(trajectory.getCandidate()).willReturn(candidate);
        given(trajectory.getPhase()).willReturn(Phase.PROSPECTING);
        given(trajectory.getStartDate()).willReturn(ENTRY);
        given(changes.currentOf(eq(3L), eq(DossierChange.COACHING_RECORD), any())).willReturn(trajectory);
    }

    private static MockHttpServletRequestBuilder introduce(String note) {
        return introduce(note, TODAY.toString());
    }

    private static MockHttpServletRequestBuilder introduce(String note, String on) {
        return post(URL).with(csrf()).with(SignedIn.coach()).param("expertId", "4")
                .param("introducedOn", on).param("note", note);
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

    /** Testers' finding: the form opened outside the prospecting, where its submission is refused. */
    @Test
    void outsideTheProspectingTheFormIsNotOfferedTheDossierSaysWhy() throws Exception {
        given(trajectory.getPhase()).willReturn(Phase.INVOICING);

        mvc.perform(get(URL).with(SignedIn.coach()))
                .andExpect(redirectedUrl("/candidates/3"))
                .andExpect(flashMessage("introduction.closed"));

        given(trajectory.getPhase()).willReturn(Phase.PROSPECTING);
        given(trajectory.isActive()).willReturn(false);
        mvc.perform(get(URL).with(SignedIn.coach()))
                .andExpect(redirectedUrl("/candidates/3"))
                .andExpect(flashMessage("introduction.closed"));
    }

    /** Issue 17: the picker offers what the domain admits, the candidate's date of entry up to today. */
    @Test
    void thePickerOffersFromTheDateOfEntryToToday() throws Exception {
        String page = mvc.perform(get(URL).with(SignedIn.coach())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();

        assertThat(page).contains("id=\"introducedOn\"", "min=\"" + ENTRY + "\"", "max=\"" + TODAY + "\"")
                .doesNotContain("min=\"2025-");
    }

    /**
     * Issue 17: a day before the date of entry, in the future or years off all reach the domain (no generic window
     * of the form's own) and come back beside the date with its one message, naming the entry and today.
     */
    @Test
    void aDayBeforeTheEntryInTheFutureOrYearsOffGetsTheOneMessageNamingTheEntryAndToday() throws Exception {
        // The domain's rule (Introductions): from the date of entry up to today.
        given(introductions.introduce(anyLong(), anyLong(), any(), any(), any())).willAnswer(call -> {
            LocalDate on = call.getArgument(2);
            if (on.isBefore(ENTRY) || on.isAfter(TODAY)) {
                throw new IntroductionDateOutOfRangeException(7L, on, ENTRY, TODAY);
            }
            return null;
        });

        for (String day : List.of("2026-05-18", "2025-06-01", "2026-11-21", "1900-01-01", "2999-12-31")) {
            mvc.perform(introduce("Kennismaking met de boekhouder", day))
                    .andExpect(status().isOk())
                    .andExpect(model().attributeHasFieldErrorCode("introduction", "introducedOn",
                            "introduction.date.range"))
                    .andExpect(model().errorCount(1))
                    .andExpect(content().string(containsString("Een voorstelling aan een expert valt tussen de "
                            + "datum van instap van de kandidaat (19/05/2026) en vandaag (20/11/2026).")))
                    .andExpect(content().string(containsString("value=\"" + day + "\"")))
                    .andExpect(content().string(containsString("Kennismaking met de boekhouder")));
        }
        verify(introductions).introduce(7L, 4L, LocalDate.of(1900, 1, 1), "Kennismaking met de boekhouder",
                Actor.of("coach", Role.COACH));
    }
}
