package be.actraject.web.exploration;

import be.actraject.bpmn.task.WorkItems;
import be.actraject.domain.access.DossierChange;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.domain.candidate.Candidate;
import be.actraject.domain.exploration.ChecklistClosedException;
import be.actraject.domain.exploration.Deliverable;
import be.actraject.domain.exploration.DeliverableKind;
import be.actraject.domain.exploration.DeliverableStatus;
import be.actraject.domain.exploration.DeliverableUpdate;
import be.actraject.domain.exploration.Deliverables;
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

import java.util.List;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(ChecklistController.class)
@Import(WebSliceConfiguration.class)
class ChecklistControllerTest {

    private static final String URL = "/candidates/3/deliverables";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    WorkItems workItems;
    @MockitoBean
    DossierChanges changes;
    @MockitoBean
    Deliverables deliverables;

    private final Trajectory trajectory = mock(Trajectory.class);

    @BeforeEach
    void aCandidateInTheExploration() {
        Candidate candidate = mock(Candidate.class);
        given(candidate.getId()).willReturn(3L);
        given(candidate.fullName()).willReturn("Çağrı Yılmaz");
        given(trajectory.getId()).willReturn(7L);
        given(trajectory.getCandidate()).willReturn(candidate);
        given(trajectory.isActive()).willReturn(true);
        given(trajectory.getPhase()).willReturn(Phase.EXPLORATION);
        given(changes.currentOf(eq(3L), eq(DossierChange.COACHING_RECORD), any())).willReturn(trajectory);
        Deliverable website = mock(Deliverable.class);
        given(website.getKind()).willReturn(DeliverableKind.WEBSITE);
        given(website.getStatus()).willReturn(DeliverableStatus.IN_PROGRESS);
        given(website.getNote()).willReturn("Bij de webbouwer");
        given(deliverables.of(eq(7L), any())).willReturn(List.of(website));
    }

    @Test
    void theFormShowsTheChecklistAsItStands() throws Exception {
        mvc.perform(get(URL).with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(view().name("exploration/checklist"))
                .andExpect(content().string(containsString("Çağrı Yılmaz")))
                .andExpect(content().string(containsString("value=\"Bij de webbouwer\"")))
                .andExpect(content().string(containsString("maxlength=\"500\"")))
                .andExpect(content().string(containsString("value=\"IN_PROGRESS\" selected=\"selected\"")));
    }

    @Test
    void anUpdateReachesTheServiceAndReturnsToTheDossier() throws Exception {
        mvc.perform(post(URL).with(csrf()).with(SignedIn.coach())
                        .param("deliverables[0].kind", "WEBSITE").param("deliverables[0].status", "DONE")
                        .param("deliverables[0].note", "Online"))
                .andExpect(redirectedUrl("/candidates/3"))
                .andExpect(flashMessage("checklist.saved"));
        verify(deliverables).update(eq(7L),
                eq(List.of(new DeliverableUpdate(DeliverableKind.WEBSITE, DeliverableStatus.DONE, "Online"))), any());
    }

    @Test
    void aNoteOverItsColumnIsToldBesideItWithTheTextKept() throws Exception {
        String note = "x".repeat(501);

        mvc.perform(post(URL).with(csrf()).with(SignedIn.coach())
                        .param("deliverables[0].kind", "WEBSITE").param("deliverables[0].status", "DONE")
                        .param("deliverables[0].note", note))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("checklist", "deliverables[0].note", "Size"))
                .andExpect(content().string(containsString("Gebruik hoogstens 500 tekens.")))
                .andExpect(content().string(containsString(note)));
        verify(deliverables, never()).update(anyLong(), any(), any());
    }

    @Test
    void outsideTheExplorationTheFormIsRefusedWithAMessage() throws Exception {
        given(trajectory.getPhase()).willReturn(Phase.PROSPECTING);

        mvc.perform(get(URL).with(SignedIn.coach()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("alleen tijdens de verkenning")));
        verify(deliverables, never()).update(anyLong(), any(), any());
    }

    /** Sent after the exploration review moved the phase on: the message above the form, the typed notes kept. */
    @Test
    void aFormSentAfterTheExplorationKeepsTheTypedNotesAndSaysWhy() throws Exception {
        given(trajectory.getPhase()).willReturn(Phase.PROSPECTING);

        mvc.perform(post(URL).with(csrf()).with(SignedIn.coach())
                        .param("deliverables[0].kind", "WEBSITE").param("deliverables[0].status", "DONE")
                        .param("deliverables[0].note", "Online sinds maandag"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("checklist"))
                .andExpect(content().string(containsString("alleen tijdens de verkenning")))
                .andExpect(content().string(containsString("Online sinds maandag")));
        verify(deliverables, never()).update(anyLong(), any(), any());
    }

    @Test
    void whoMayNotChangeTheCoachingRecordIsRefused() throws Exception {
        given(changes.currentOf(eq(3L), eq(DossierChange.COACHING_RECORD), any()))
                .willThrow(new NotPermittedException("office", "change the coaching record"));

        mvc.perform(post(URL).with(csrf()).with(SignedIn.office())
                        .param("deliverables[0].kind", "WEBSITE").param("deliverables[0].status", "DONE"))
                .andExpect(status().isForbidden());
        verify(deliverables, never()).update(anyLong(), any(), any());
    }

    /** The service's own refusal, raised however the controller's check was passed, keeps the typed notes too. */
    @Test
    void theServicesRefusalKeepsTheTypedNotes() throws Exception {
        willThrow(new ChecklistClosedException(7L, Phase.PROSPECTING))
                .given(deliverables).update(anyLong(), any(), any());

        mvc.perform(post(URL).with(csrf()).with(SignedIn.coach())
                        .param("deliverables[0].kind", "WEBSITE").param("deliverables[0].status", "DONE")
                        .param("deliverables[0].note", "Online sinds maandag"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("alleen tijdens de verkenning")))
                .andExpect(content().string(containsString("Online sinds maandag")));
    }
}
