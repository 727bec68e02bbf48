package be.actraject.web.candidate;

import be.actraject.bpmn.identity.Account;
import be.actraject.bpmn.identity.Accounts;
import be.actraject.bpmn.trajectory.CoachChange;
import be.actraject.bpmn.trajectory.EntryDateChange;
import be.actraject.domain.candidate.Candidate;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.CorrectionRefusedException;
import be.actraject.domain.trajectory.EntryDateCorrections;
import be.actraject.domain.trajectory.EntryDateOutsideWindowException;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.WebSliceConfiguration;
import be.actraject.workflow.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static be.actraject.web.support.FlashMatchers.flashMessage;
import static org.assertj.core.api.Assertions.assertThat;
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

@WebMvcTest(TrajectoryCorrectionController.class)
@Import(WebSliceConfiguration.class)
class TrajectoryCorrectionControllerTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Caseload caseload;
    @MockitoBean
    Accounts accounts;
    @MockitoBean
    CoachChange coachChange;
    @MockitoBean
    EntryDateChange entryDateChange;
    @MockitoBean
    EntryDateCorrections entryDates;
    @MockitoBean
    be.actraject.bpmn.task.WorkItems workItems;

    Trajectory trajectory;

    @BeforeEach
    void aRunningTrajectoryOfCoach() {
        Candidate candidate = Mockito.mock(Candidate.class);
        given(candidate.getId()).willReturn(42L);
        given(candidate.fullName()).willReturn("Lotte Peeters");
        Trajectory trajectory = Mockito.mock(Trajectory.class);
        given(trajectory.getId()).willReturn(7L);
        given(trajectory.getCoach()).willReturn("coach");
        given(trajectory.isActive()).willReturn(true);
        given(trajectory.getStartDate()).willReturn(LocalDate.of(2026, 11, 2));
        given(trajectory.getCandidate()).willReturn(candidate);
        given(caseload.currentOf(eq(42L), any())).willReturn(trajectory);
        this.trajectory = trajectory;
        given(entryDates.window(trajectory)).willReturn(
                new EntryDateCorrections.Window(LocalDate.of(2025, 11, 2), LocalDate.of(2026, 11, 27)));
        given(accounts.members(Role.COACH)).willReturn(List.of(
                new Account("coach", "Sofie", "Verstraete", EnumSet.of(Role.COACH)),
                new Account("coach2", "Katrien", "Peeters", EnumSet.of(Role.COACH))));
        given(accounts.displayNames()).willReturn(Map.of("coach", "Sofie Verstraete", "coach2", "Katrien Peeters"));
    }

    @Test
    void theCoordinatorPicksTheNewCoachByNameAndGivesAReason() throws Exception {
        mvc.perform(get("/candidates/42/coach").with(SignedIn.coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Huidige coach: Sofie Verstraete")))
                .andExpect(content().string(containsString(">Katrien Peeters</option>")))
                .andExpect(content().string(containsString("maxlength=\"500\"")));
        given(coachChange.change(eq(7L), eq("coach2"), eq("Verlof"), any())).willReturn(2);

        mvc.perform(post("/candidates/42/coach").param("coach", "coach2").param("reason", "Verlof")
                        .with(csrf()).with(SignedIn.coordinator()))
                .andExpect(redirectedUrl("/candidates/42"))
                .andExpect(flashMessage("correction.coach.saved", "Katrien Peeters", 2));
    }

    @Test
    void aChangeOfCoachWithoutReasonOrToTheSameCoachComesBackWithItsMessage() throws Exception {
        mvc.perform(post("/candidates/42/coach").param("coach", "coach2").param("reason", " ")
                        .with(csrf()).with(SignedIn.coordinator()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("coachChange", "reason"));
        willThrow(new CorrectionRefusedException(CorrectionRefusedException.Reason.SAME_COACH))
                .given(coachChange).change(eq(7L), eq("coach"), any(), any());
        mvc.perform(post("/candidates/42/coach").param("coach", "coach").param("reason", "Vergissing")
                        .with(csrf()).with(SignedIn.coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dit is al de coach van de kandidaat.")))
                .andExpect(content().string(containsString("Vergissing")));
    }

    @Test
    void aCoachCannotChangeTheCoachNorTheDateOfEntry() throws Exception {
        mvc.perform(get("/candidates/42/coach").with(SignedIn.coach())).andExpect(status().isForbidden());
        mvc.perform(post("/candidates/42/date-of-entry").param("dateOfEntry", "2026-10-26").param("reason", "x")
                .with(csrf()).with(SignedIn.coach())).andExpect(status().isForbidden());
        verify(entryDateChange, never()).correct(anyLong(), any(), any(), any());
    }

    @Test
    void aCorrectedDateOfEntrySaysTheMovedLimitInTheUsersLanguage() throws Exception {
        given(entryDateChange.correct(eq(7L), eq(LocalDate.of(2026, 10, 26)), eq("Instap verkeerd"), any()))
                .willReturn(Optional.of(LocalDate.of(2027, 4, 25)));

        mvc.perform(post("/candidates/42/date-of-entry").param("dateOfEntry", "2026-10-26")
                        .param("reason", "Instap verkeerd").with(csrf()).with(SignedIn.coordinator()))
                .andExpect(redirectedUrl("/candidates/42"))
                .andExpect(flashMessage("correction.dateOfEntry.saved", "25/04/2027"));
    }

    @Test
    void aDateOfEntryOutsideItsWindowComesBackWithTheWindowAndWhatWasTyped() throws Exception {
        willThrow(new EntryDateOutsideWindowException(LocalDate.of(2030, 1, 1), LocalDate.of(2025, 11, 2),
                LocalDate.of(2026, 11, 27))).given(entryDateChange).correct(eq(7L), any(), any(), any());

        mvc.perform(post("/candidates/42/date-of-entry").param("dateOfEntry", "2030-01-01")
                        .param("reason", "Instap verkeerd").with(csrf()).with(SignedIn.coordinator()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("entryDate", "dateOfEntry"))
                .andExpect(content().string(containsString("value=\"2030-01-01\"")))
                .andExpect(content().string(containsString("Kies een datum van 02/11/2025 tot en met 27/11/2026.")));
        mvc.perform(post("/candidates/42/date-of-entry").param("dateOfEntry", "2030-01-01")
                        .param("reason", "Instap verkeerd").param("lang", "en").with(csrf())
                        .with(SignedIn.coordinator()))
                .andExpect(content().string(containsString("Choose a date from 02/11/2025 up to and including")));
    }

    @Test
    void aDateOfEntryBeyondTheOuterWindowIsRefusedWithTheDaysThePickerOffers() throws Exception {
        String page = mvc.perform(post("/candidates/42/date-of-entry").param("dateOfEntry", "1990-01-01")
                        .param("reason", "").with(csrf()).with(SignedIn.coordinator()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("entryDate", "dateOfEntry", "reason"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("min=\"2025-11-02\"", "max=\"2026-11-27\"", "value=\"1990-01-01\"",
                "Kies een datum van 02/11/2025 tot en met 27/11/2026.").doesNotContain("drie jaar");
        verify(entryDateChange, never()).correct(anyLong(), any(), any(), any());
    }

    @Test
    void anEndedTrajectoryIsNotCorrectedAndThePageSaysWhy() throws Exception {
        given(trajectory.isActive()).willReturn(false);

        mvc.perform(get("/candidates/42/date-of-entry").with(SignedIn.coordinator()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Dit traject is afgelopen")));
        verify(entryDateChange, never()).correct(anyLong(), any(), any(), any());
    }

    @Test
    void aChangeOfCoachCrossedByAColleaguesChangeComesBackWithTheTypedReason() throws Exception {
        willThrow(new CorrectionRefusedException(CorrectionRefusedException.Reason.CHANGED))
                .given(coachChange).change(eq(7L), eq("coach2"), any(), any());

        mvc.perform(post("/candidates/42/coach").param("coach", "coach2").param("reason", "Langdurig verlof")
                        .with(csrf()).with(SignedIn.coordinator()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("coachChange"))
                .andExpect(content().string(containsString("Iemand wijzigde deze kandidaat intussen")))
                .andExpect(content().string(containsString("Langdurig verlof")));
    }

    @Test
    void aDateOfEntryCrossedByAColleaguesChangeComesBackWithTheTypedReason() throws Exception {
        given(entryDateChange.correct(eq(7L), any(), any(), any()))
                .willThrow(new CorrectionRefusedException(CorrectionRefusedException.Reason.CHANGED));

        mvc.perform(post("/candidates/42/date-of-entry").param("dateOfEntry", "2026-10-26")
                        .param("reason", "Instap verkeerd getypt").with(csrf()).with(SignedIn.coordinator()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("entryDate"))
                .andExpect(content().string(containsString("Iemand wijzigde deze kandidaat intussen")))
                .andExpect(content().string(containsString("Instap verkeerd getypt")));
    }
}
