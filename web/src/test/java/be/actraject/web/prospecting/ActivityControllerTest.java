package be.actraject.web.prospecting;

import be.actraject.bpmn.task.WorkItems;
import be.actraject.domain.access.DossierChange;
import be.actraject.domain.candidate.Candidate;
import be.actraject.domain.prospecting.ProspectingActivities;
import be.actraject.domain.prospecting.ProspectingClosedException;
import be.actraject.domain.trajectory.DossierChanges;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.WebSliceConfiguration;
import be.actraject.workflow.Phase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;

import static be.actraject.web.support.FlashMatchers.flashMessage;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
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

/** Logging a prospecting activity: offered only in the prospecting, and a late form keeps what was typed. */
@WebMvcTest(ActivityController.class)
@Import(WebSliceConfiguration.class)
class ActivityControllerTest {

    private static final String URL = "/candidates/3/prospecting/new";
    /** Inside the date window of a prospecting activity against the slice's clock (2026-11-20). */
    private static final LocalDate HAPPENED_ON = LocalDate.of(2026, 11, 12);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    WorkItems workItems;
    @MockitoBean
    DossierChanges changes;
    @MockitoBean
    ProspectingActivities activities;

    private final Trajectory trajectory = mock(Trajectory.class);

    @BeforeEach
    void aCandidateInTheProspecting() {
        Candidate candidate = mock(Candidate.class);
        given(candidate.getId()).willReturn(3L);
        given(candidate.fullName()).willReturn("Çağrı Yılmaz");
        given(trajectory.getId()).willReturn(7L);
        given(trajectory.getCandidate()).willReturn(candidate);
        given(trajectory.isActive()).willReturn(true);
        given(trajectory.getPhase()).willReturn(Phase.PROSPECTING);
        given(changes.currentOf(eq(3L), eq(DossierChange.COACHING_RECORD), any())).willReturn(trajectory);
    }

    @Test
    void aLoggedActivityReturnsToTheDossier() throws Exception {
        mvc.perform(post(URL).with(csrf()).with(SignedIn.coach()).param("happenedOn", HAPPENED_ON.toString())
                        .param("kind", "QUOTE").param("description", "Offerte voor de bakkerij"))
                .andExpect(redirectedUrl("/candidates/3"))
                .andExpect(flashMessage("prospecting.logged"));
        verify(activities).log(eq(7L), any(), any());
    }

    @Test
    void outsideTheProspectingTheFormIsNotOffered() throws Exception {
        given(trajectory.getPhase()).willReturn(Phase.INVOICING);

        mvc.perform(get(URL).with(SignedIn.coach()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("alleen tijdens de prospectie")));
    }

    @Test
    void aFormSentAfterTheProspectingKeepsWhatWasTypedAndSaysWhy() throws Exception {
        given(trajectory.getPhase()).willReturn(Phase.INVOICING);

        mvc.perform(post(URL).with(csrf()).with(SignedIn.coach()).param("happenedOn", HAPPENED_ON.toString())
                        .param("kind", "QUOTE").param("description", "Offerte voor de bakkerij in Melle"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("activity"))
                .andExpect(content().string(containsString("alleen tijdens de prospectie")))
                .andExpect(content().string(containsString("Offerte voor de bakkerij in Melle")));
        verify(activities, never()).log(anyLong(), any(), any());
    }

    /** The service's own refusal (the review completed between the check and the write) keeps the text too. */
    @Test
    void theServicesRefusalKeepsWhatWasTyped() throws Exception {
        willThrow(new ProspectingClosedException(7L, Phase.INVOICING)).given(activities).log(anyLong(), any(), any());

        mvc.perform(post(URL).with(csrf()).with(SignedIn.coach()).param("happenedOn", HAPPENED_ON.toString())
                        .param("kind", "QUOTE").param("description", "Offerte voor de bakkerij in Melle"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("alleen tijdens de prospectie")))
                .andExpect(content().string(containsString("Offerte voor de bakkerij in Melle")));
    }
}
