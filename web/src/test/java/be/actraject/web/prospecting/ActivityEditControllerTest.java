package be.actraject.web.prospecting;

import be.actraject.bpmn.task.WorkItems;
import be.actraject.domain.access.Actor;
import be.actraject.domain.access.DossierChange;
import be.actraject.domain.access.NotInCaseloadException;
import be.actraject.domain.candidate.Candidate;
import be.actraject.domain.prospecting.ProspectingActivities;
import be.actraject.domain.prospecting.ProspectingActivity;
import be.actraject.domain.prospecting.ProspectingEntry;
import be.actraject.domain.prospecting.ProspectingKind;
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

import java.time.LocalDate;
import java.util.List;

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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(ActivityEditController.class)
@Import(WebSliceConfiguration.class)
class ActivityEditControllerTest {

    private static final String URL = "/candidates/3/prospecting/12";
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
    void aCandidateInTheProspectingWithAQuoteLogged() {
        Candidate candidate = mock(Candidate.class);
        given(candidate.getId()).willReturn(3L);
        given(candidate.fullName()).willReturn("Çağrı Yılmaz");
        given(trajectory.getId()).willReturn(7L);
        given(trajectory.getCandidate()).willReturn(candidate);
        given(trajectory.isActive()).willReturn(true);
        given(trajectory.getPhase()).willReturn(Phase.PROSPECTING);
        given(changes.currentOf(eq(3L), eq(DossierChange.COACHING_RECORD), any())).willReturn(trajectory);
        ProspectingActivity quote = mock(ProspectingActivity.class);
        given(quote.getId()).willReturn(12L);
        given(quote.getHappenedOn()).willReturn(HAPPENED_ON);
        given(quote.getKind()).willReturn(ProspectingKind.QUOTE);
        given(quote.getDescription()).willReturn("Offerte voor de bakkerij");
        given(activities.of(eq(7L), any())).willReturn(List.of(quote));
    }

    @Test
    void theFormShowsTheActivityAsLogged() throws Exception {
        mvc.perform(get(URL).with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Offerte voor de bakkerij")))
                .andExpect(content().string(containsString("action=\"/candidates/3/prospecting/12\"")));
        mvc.perform(get("/candidates/3/prospecting/13").with(SignedIn.coach())).andExpect(status().isNotFound());
    }

    @Test
    void theResultReachesTheServiceAndTheDossierSaysSo() throws Exception {
        mvc.perform(post(URL).with(csrf()).with(SignedIn.coach()).param("happenedOn", HAPPENED_ON.toString())
                        .param("kind", "QUOTE").param("description", "Offerte voor de bakkerij")
                        .param("result", "Aanvaard"))
                .andExpect(redirectedUrl("/candidates/3"))
                .andExpect(flashMessage("prospecting.updated"));
        verify(activities).update(7L, 12L, new ProspectingEntry(HAPPENED_ON, ProspectingKind.QUOTE,
                "Offerte voor de bakkerij", "Aanvaard"), Actor.of("coach", Role.COACH));
    }

    @Test
    void aResultOverItsColumnComesBackWithTheTextKept() throws Exception {
        String result = "Aanvaard na lang onderhandelen. ".repeat(20);

        mvc.perform(post(URL).with(csrf()).with(SignedIn.coach()).param("happenedOn", HAPPENED_ON.toString())
                        .param("kind", "QUOTE").param("description", "Offerte voor de bakkerij")
                        .param("result", result))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("activity", "result", "Size"))
                .andExpect(content().string(containsString("Gebruik hoogstens 500 tekens.")))
                .andExpect(content().string(containsString(result.strip())));
        verify(activities, never()).update(anyLong(), anyLong(), any(), any());
    }

    @Test
    void afterTheProspectingTheFormIsRefusedWithAMessage() throws Exception {
        given(trajectory.getPhase()).willReturn(Phase.INVOICING);

        mvc.perform(get(URL).with(SignedIn.coach()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("alleen tijdens de prospectie")));
    }

    @Test
    void aFormSentAfterTheProspectingKeepsWhatWasTypedAndSaysWhy() throws Exception {
        given(trajectory.getPhase()).willReturn(Phase.INVOICING);

        mvc.perform(post(URL).with(csrf()).with(SignedIn.coach()).param("happenedOn", HAPPENED_ON.toString())
                        .param("kind", "QUOTE").param("description", "Offerte voor de bakkerij")
                        .param("result", "Aanvaard na de tweede afspraak"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("activity"))
                .andExpect(content().string(containsString("alleen tijdens de prospectie")))
                .andExpect(content().string(containsString("Aanvaard na de tweede afspraak")));
        verify(activities, never()).update(anyLong(), anyLong(), any(), any());
    }

    @Test
    void aColleagueOutsideTheCaseloadIsRefused() throws Exception {
        given(changes.currentOf(eq(3L), eq(DossierChange.COACHING_RECORD), any()))
                .willThrow(new NotInCaseloadException("coach2", 7L));

        mvc.perform(post(URL).with(csrf()).with(SignedIn.as("coach2", Role.COACH))
                        .param("happenedOn", HAPPENED_ON.toString()).param("kind", "QUOTE")
                        .param("description", "Anders"))
                .andExpect(status().isForbidden());
        verify(activities, never()).update(anyLong(), anyLong(), any(), any());
    }
}
