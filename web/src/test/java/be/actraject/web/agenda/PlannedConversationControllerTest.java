package be.actraject.web.agenda;

import be.actraject.domain.access.DossierChange;
import be.actraject.domain.access.NotInCaseloadException;
import be.actraject.domain.agenda.PlannedConversation;
import be.actraject.domain.agenda.PlannedConversationInThePastException;
import be.actraject.domain.agenda.PlannedConversationOutOfWindowException;
import be.actraject.domain.agenda.PlannedConversations;
import be.actraject.domain.candidate.Candidate;
import be.actraject.domain.conversation.ConversationKind;
import be.actraject.domain.trajectory.DossierChanges;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.domain.trajectory.TrajectoryEndedException;
import be.actraject.bpmn.task.WorkItems;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.WebSliceConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static be.actraject.web.support.FlashMatchers.flashMessage;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Planning a conversation from the dossier: the form, its refusals beside the field, moving and cancelling. */
@WebMvcTest(PlannedConversationController.class)
@Import(WebSliceConfiguration.class)
class PlannedConversationControllerTest {

    private static final String NEW = "/candidates/7/planned-conversations/new";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    WorkItems workItems;
    @MockitoBean
    PlannedConversations planned;
    @MockitoBean
    DossierChanges changes;

    private PlannedConversation existing;
    private Trajectory trajectory;

    @BeforeEach
    void lotteIsTheCoachsCandidate() {
        Candidate candidate = Mockito.mock(Candidate.class);
        given(candidate.getId()).willReturn(7L);
        given(candidate.fullName()).willReturn("Lotte Claes");
        trajectory = Mockito.mock(Trajectory.class);
        given(trajectory.getId()).willReturn(70L);
        given(trajectory.getCandidate()).willReturn(candidate);
        given(changes.currentOf(eq(7L), eq(DossierChange.COACHING_RECORD), any())).willReturn(trajectory);
        given(trajectory.isActive()).willReturn(true);
        given(changes.activeTrajectory(eq(70L), eq(DossierChange.COACHING_RECORD), any())).willReturn(trajectory);
        given(changes.trajectory(eq(70L), eq(DossierChange.COACHING_RECORD), any())).willReturn(trajectory);
        existing = Mockito.mock(PlannedConversation.class);
        given(existing.getId()).willReturn(5L);
        given(existing.getTrajectoryId()).willReturn(70L);
        given(existing.getStartsAt()).willReturn(Instant.parse("2026-11-25T09:00:00Z"));
        given(existing.getKind()).willReturn(ConversationKind.VIDEO);
        given(existing.getPlace()).willReturn("Teams");
        given(planned.get(eq(5L), any())).willReturn(existing);
    }

    @Test
    void theFormLimitsThePlaceToItsColumn() throws Exception {
        mvc.perform(get(NEW).with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lotte Claes")))
                .andExpect(content().string(containsString("maxlength=\"200\"")))
                .andExpect(content().string(containsString("value=\"2026-11-27T10:00:00\"")));
    }

    @Test
    void aPlannedConversationReturnsToTheDossier() throws Exception {
        given(planned.plan(anyLong(), any(), any(), any(), any())).willReturn(existing);

        mvc.perform(post(NEW).with(csrf()).with(SignedIn.coach()).param("startsAt", "2026-11-25T10:00")
                        .param("kind", "VIDEO").param("place", "Teams"))
                .andExpect(redirectedUrl("/candidates/7"))
                .andExpect(flashMessage("agenda.plan.planned"));
        verify(planned).plan(eq(7L), eq(LocalDateTime.of(2026, 11, 25, 10, 0)), eq(ConversationKind.VIDEO),
                eq("Teams"), any());
    }

    @Test
    void anHourAlreadyPastTodayIsRefusedAsPastBesideTheFieldKeepingWhatWasTyped() throws Exception {
        given(planned.plan(anyLong(), any(), any(), any(), any())).willThrow(new PlannedConversationInThePastException(
                Instant.parse("2026-11-20T07:00:00Z"), WebSliceConfiguration.NOW));

        mvc.perform(post(NEW).with(csrf()).with(SignedIn.coach()).param("startsAt", "2026-11-20T08:00")
                        .param("kind", "PHONE").param("place", "Bellen op het vaste nummer"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("plan", "startsAt", "agenda.plan.past"))
                .andExpect(content().string(containsString("Dat uur is vandaag al voorbij")))
                .andExpect(content().string(not(containsString("Een gesprek plan je van"))))
                .andExpect(content().string(containsString("value=\"2026-11-20T08:00:00\"")))
                .andExpect(content().string(containsString("Bellen op het vaste nummer")));
        mvc.perform(post(NEW).param("lang", "en").with(csrf()).with(SignedIn.coach())
                        .param("startsAt", "2026-11-20T08:00").param("kind", "PHONE"))
                .andExpect(content().string(containsString("That hour has already passed today")));
    }

    @Test
    void aConversationMovedToAnHourAlreadyPastTodayIsRefusedAsPast() throws Exception {
        given(planned.change(anyLong(), any(), any(), any(), any())).willThrow(
                new PlannedConversationInThePastException(Instant.parse("2026-11-20T07:00:00Z"),
                        WebSliceConfiguration.NOW));

        mvc.perform(post("/planned-conversations/5/edit").with(csrf()).with(SignedIn.coach())
                        .param("startsAt", "2026-11-20T08:00").param("kind", "VIDEO").param("place", "Teams"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("plan", "startsAt", "agenda.plan.past"))
                .andExpect(content().string(containsString("Dat uur is vandaag al voorbij")))
                .andExpect(content().string(containsString("value=\"2026-11-20T08:00:00\"")));
    }

    @Test
    void aMomentOutsideTheWindowTheServiceRefusesStatesTheWindow() throws Exception {
        given(planned.plan(anyLong(), any(), any(), any(), any())).willThrow(
                new PlannedConversationOutOfWindowException(LocalDate.of(2026, 11, 20), LocalDate.of(2027, 11, 20)));

        mvc.perform(post(NEW).with(csrf()).with(SignedIn.coach()).param("startsAt", "2026-11-25T08:00")
                        .param("kind", "PHONE").param("place", "Bellen op het vaste nummer"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("plan", "startsAt", "date.window.PLANNED_CONVERSATION"))
                .andExpect(content().string(containsString("tot en met 20/11/2027")))
                .andExpect(content().string(containsString("Bellen op het vaste nummer")));
    }

    @Test
    void aDayBeforeTodayOrMoreThanAYearAheadIsRefusedBeforeTheService() throws Exception {
        for (String startsAt : new String[]{"2026-11-19T10:00", "2027-11-21T10:00"}) {
            mvc.perform(post(NEW).with(csrf()).with(SignedIn.coach()).param("startsAt", startsAt)
                            .param("kind", "PHONE"))
                    .andExpect(status().isOk())
                    .andExpect(model().attributeHasFieldErrorCode("plan", "startsAt", "InDateWindow"))
                    .andExpect(content().string(
                            containsString("Een gesprek plan je van 20/11/2026 tot en met 20/11/2027.")));
        }
        verify(planned, never()).plan(anyLong(), any(), any(), any(), any());
    }

    @Test
    void aTimeTheClocksSkipIsRefusedBesideTheFieldKeepingWhatWasTyped() throws Exception {
        mvc.perform(post(NEW).with(csrf()).with(SignedIn.coach()).param("startsAt", "2027-03-28T02:30")
                        .param("kind", "PHONE").param("place", "Bellen op het vaste nummer"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("plan", "startsAt", "ExistingWallClockTime"))
                .andExpect(content().string(containsString("de klok springt van 2:00 naar 3:00")))
                .andExpect(content().string(containsString("value=\"2027-03-28T02:30:00\"")))
                .andExpect(content().string(containsString("Bellen op het vaste nummer")));
        verify(planned, never()).plan(anyLong(), any(), any(), any(), any());
    }

    @Test
    void aPlaceLongerThanItsColumnIsRefusedBeforeTheService() throws Exception {
        mvc.perform(post(NEW).with(csrf()).with(SignedIn.coach()).param("startsAt", "2026-11-25T10:00")
                        .param("kind", "PHONE").param("place", "x".repeat(201)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("plan", "place", "Size"));
        verify(planned, never()).plan(anyLong(), any(), any(), any(), any());
    }

    @Test
    void aMistypedMomentIsRefusedWithoutAnError() throws Exception {
        mvc.perform(post(NEW).with(csrf()).with(SignedIn.coach()).param("startsAt", "morgen")
                        .param("kind", "PHONE"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("plan", "startsAt", "typeMismatch"));
    }

    @Test
    void aColleagueOutsideTheCaseloadIsRefused() throws Exception {
        given(changes.currentOf(eq(7L), eq(DossierChange.COACHING_RECORD), any()))
                .willThrow(new NotInCaseloadException("coach2", 70L));

        mvc.perform(get(NEW).with(SignedIn.as("coach2", be.actraject.workflow.Role.COACH)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theEditFormShowsThePlannedMomentInBrussels() throws Exception {
        mvc.perform(get("/planned-conversations/5/edit").with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"2026-11-25T10:00:00\"")))
                .andExpect(content().string(containsString("/planned-conversations/5/cancel")));
    }

    @Test
    void aMovedConversationReturnsToTheDossier() throws Exception {
        given(planned.change(anyLong(), any(), any(), any(), any())).willReturn(existing);

        mvc.perform(post("/planned-conversations/5/edit").with(csrf()).with(SignedIn.coach())
                        .param("startsAt", "2026-11-26T14:00").param("kind", "IN_PERSON").param("place", ""))
                .andExpect(redirectedUrl("/candidates/7"))
                .andExpect(flashMessage("agenda.plan.changed"));
        verify(planned).change(eq(5L), eq(LocalDateTime.of(2026, 11, 26, 14, 0)), eq(ConversationKind.IN_PERSON),
                isNull(), any());
    }

    @Test
    void aCancelledConversationReturnsToTheDossier() throws Exception {
        mvc.perform(post("/planned-conversations/5/cancel").with(csrf()).with(SignedIn.coach()))
                .andExpect(redirectedUrl("/candidates/7"))
                .andExpect(flashMessage("agenda.plan.cancelled"));
        verify(planned).cancel(eq(5L), any());
    }

    @Test
    void afterTheExitTheEditLinkOffersOnlyTheCancellation() throws Exception {
        candidateHasLeft();

        mvc.perform(get("/planned-conversations/5/edit").with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"plan-ended\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("data-testid=\"plan-conversation\""))))
                .andExpect(content().string(containsString("/planned-conversations/5/cancel")));
    }

    @Test
    void aConversationPlannedBeforeTheExitCanStillBeCancelled() throws Exception {
        candidateHasLeft();

        mvc.perform(post("/planned-conversations/5/cancel").with(csrf()).with(SignedIn.coach()))
                .andExpect(redirectedUrl("/candidates/7"))
                .andExpect(flashMessage("agenda.plan.cancelled"));
        verify(planned).cancel(eq(5L), any());
    }

    @Test
    void movingAfterTheExitIsRefusedWithTheMessageNotA500() throws Exception {
        candidateHasLeft();

        mvc.perform(post("/planned-conversations/5/edit").with(csrf()).with(SignedIn.coach())
                        .header("Referer", "http://localhost/planned-conversations/5/edit")
                        .param("startsAt", "2026-11-26T14:00").param("kind", "IN_PERSON").param("place", ""))
                .andExpect(redirectedUrl("/planned-conversations/5/edit"))
                .andExpect(flashMessage("trajectory.ended"));
        verify(planned, never()).change(anyLong(), any(), any(), any(), any());
    }

    @Test
    void aPlanSentAfterTheCandidateLeftKeepsWhatWasTypedAndSaysWhy() throws Exception {
        given(planned.plan(anyLong(), any(), any(), any(), any())).willThrow(new TrajectoryEndedException(70L));

        mvc.perform(post(NEW).with(csrf()).with(SignedIn.coach()).param("startsAt", "2026-11-25T10:00")
                        .param("kind", "PHONE").param("place", "Bellen op het vaste nummer"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("plan"))
                .andExpect(content().string(containsString("Dit traject is afgelopen")))
                .andExpect(content().string(containsString("Bellen op het vaste nummer")));
    }

    private void candidateHasLeft() {
        given(trajectory.isActive()).willReturn(false);
        given(changes.activeTrajectory(eq(70L), eq(DossierChange.COACHING_RECORD), any()))
                .willThrow(new TrajectoryEndedException(70L));
    }
}
