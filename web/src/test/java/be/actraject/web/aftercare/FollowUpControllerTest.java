package be.actraject.web.aftercare;

import be.actraject.bpmn.aftercare.AftercareTasks;
import be.actraject.bpmn.task.WorkItems;
import be.actraject.domain.aftercare.AftercareContacts;
import be.actraject.domain.aftercare.ContactDateOutOfRangeException;
import be.actraject.domain.aftercare.Situation;
import be.actraject.domain.aftercare.SituationDateOutOfRangeException;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.WebSliceConfiguration;
import be.actraject.workflow.ExitType;
import be.actraject.workflow.Role;
import be.actraject.workflow.UserTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.LocalDate;
import java.util.List;

import static be.actraject.web.support.FlashMatchers.flashMessage;
import static be.actraject.web.support.WorkItemFixture.afterExit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;
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

@WebMvcTest(FollowUpController.class)
@Import(WebSliceConfiguration.class)
class FollowUpControllerTest {

    private static final String URL = "/tasks/t1/aftercare-follow-up";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    WorkItems workItems;
    @MockitoBean
    AftercareTasks aftercare;
    @MockitoBean
    AftercareContacts contacts;
    @MockitoBean
    Caseload caseload;

    @BeforeEach
    void theCoachHoldsTheFollowUpOfAnEndedTrajectory() {
        Trajectory trajectory = Mockito.mock(Trajectory.class);
        given(trajectory.getExitType()).willReturn(ExitType.SELF_EMPLOYED);
        given(trajectory.getEndDate()).willReturn(LocalDate.of(2026, 5, 31));
        given(caseload.trajectory(eq(7L), any())).willReturn(trajectory);
        given(workItems.find(eq("t1"), any())).willReturn(afterExit("t1", UserTask.AFTERCARE_FOLLOW_UP, "coach"));
    }

    private static MockHttpServletRequestBuilder contact(String on, String situation, String note) {
        return contact(on, situation, "2026-06-15", note);
    }

    private static MockHttpServletRequestBuilder contact(String on, String situation, String since, String note) {
        return post(URL).with(csrf()).with(SignedIn.coach()).param("contactedOn", on).param("situation", situation)
                .param("situationSince", since).param("note", note);
    }

    @Test
    void theScreenShowsTheExitAndProposesToday() throws Exception {
        mvc.perform(get(URL).with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(view().name("aftercare/follow-up"))
                .andExpect(model().attribute("situations", Situation.values()))
                .andExpect(content().string(containsString("op 31/05/2026")))
                .andExpect(content().string(containsString("value=\"2026-11-20\"")));
    }

    /**
     * Issue 17: the pickers offer what the domain admits, from the exit to today, also when the exit is longer ago
     * than any plausible window from today (a last follow-up, two years after the exit).
     */
    @Test
    void theDatePickersOfferFromTheExitToTodayHoweverLongAgoTheExitWas() throws Exception {
        Trajectory longAgo = Mockito.mock(Trajectory.class);
        given(longAgo.getExitType()).willReturn(ExitType.SELF_EMPLOYED);
        given(longAgo.getEndDate()).willReturn(LocalDate.of(2024, 6, 30));
        given(longAgo.getStartDate()).willReturn(LocalDate.of(2023, 12, 4));
        given(caseload.trajectory(eq(7L), any())).willReturn(longAgo);

        String page = mvc.perform(get(URL).with(SignedIn.coach())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();

        assertThat(page).contains("id=\"contactedOn\"", "id=\"situationSince\"");
        assertThat(page.split("min=\"2024-06-30\"", -1)).as("the contact's picker starts at the exit").hasSize(2);
        assertThat(page.split("min=\"2023-12-04\"", -1)).as("the situation's at the date of entry").hasSize(2);
        assertThat(page.split("max=\"2026-11-20\"", -1)).as("both end today").hasSize(3);
    }

    /**
     * Issue 17: a day before the exit, in the future or years off all reach the domain (no generic window of the
     * form's own) and come back with its one message, naming the exit and today, for either date.
     */
    @Test
    void aDayBeforeTheExitInTheFutureOrYearsOffGetsTheOneMessageNamingTheExitAndToday() throws Exception {
        LocalDate exit = LocalDate.of(2026, 5, 31);
        LocalDate today = LocalDate.of(2026, 11, 20);
        // The domain's rule (AftercareContacts): each day from the exit up to today.
        willAnswer(call -> {
            LocalDate on = call.getArgument(1);
            LocalDate since = call.getArgument(3);
            if (on.isBefore(exit) || on.isAfter(today)) {
                throw new ContactDateOutOfRangeException(exit, today);
            }
            if (since.isBefore(exit) || since.isAfter(today)) {
                throw new SituationDateOutOfRangeException(exit, today);
            }
            return null;
        }).given(aftercare).completeFollowUp(any(), any(), any(), any(), any(), any());

        for (String day : List.of("2026-05-30", "2026-11-21", "1900-01-01", "2999-12-31", "2016-11-20")) {
            mvc.perform(contact(day, "SALARIED", "2026-06-15", "Werkt bij de bakker"))
                    .andExpect(status().isOk())
                    .andExpect(model().attributeHasFieldErrorCode("followUp", "contactedOn", "aftercare.date.range"))
                    .andExpect(model().errorCount(1))
                    .andExpect(content().string(containsString(
                            "Het contact valt tussen de uitstroom (31/05/2026) en vandaag (20/11/2026).")))
                    .andExpect(content().string(containsString("value=\"" + day + "\"")));
            mvc.perform(contact("2026-11-18", "SALARIED", day, "Werkt bij de bakker"))
                    .andExpect(status().isOk())
                    .andExpect(model().attributeHasFieldErrorCode("followUp", "situationSince", "aftercare.since.range"))
                    .andExpect(model().errorCount(1))
                    .andExpect(content().string(containsString(
                            "Deze situatie begon tussen de instap (31/05/2026) en vandaag (20/11/2026).")))
                    .andExpect(content().string(containsString("Werkt bij de bakker")));
        }
    }

    @Test
    void theHeaderSaysTheTrajectoryIsInAftercareNotInAPhase() throws Exception {
        mvc.perform(get(URL).with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nazorg na de uitstroom")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Intake"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("nog niet in een fase"))));
    }

    @Test
    void aContactReachesTheServiceWithItsDate() throws Exception {
        mvc.perform(contact("2026-11-18", "SELF_EMPLOYED_ACTIVE", "Zaak draait goed"))
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flashMessage("task.completed"));
        verify(aftercare).completeFollowUp(eq("t1"), eq(LocalDate.of(2026, 11, 18)),
                eq(Situation.SELF_EMPLOYED_ACTIVE), eq(LocalDate.of(2026, 6, 15)), eq("Zaak draait goed"), any());
    }

    @Test
    void aContactWithoutSituationOrWithAnUnreadableDateComesBackWithTheNoteKept() throws Exception {
        mvc.perform(contact("18/11", "", "Mijn notitie"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("followUp", "contactedOn", "situation"))
                .andExpect(content().string(containsString("Mijn notitie")));
        verify(aftercare, never()).completeFollowUp(any(), any(), any(), any(), any(), any());
    }

    @Test
    void aContactBeforeTheExitIsToldBesideTheDate() throws Exception {
        willThrow(new ContactDateOutOfRangeException(LocalDate.of(2026, 5, 31), LocalDate.of(2026, 11, 20))).given(aftercare)
                .completeFollowUp(any(), any(), any(), any(), any(), any());

        mvc.perform(contact("2026-05-01", "SALARIED", "Werkt in loondienst"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("followUp", "contactedOn", "aftercare.date.range"))
                .andExpect(content().string(containsString("Het contact valt tussen de uitstroom (31/05/2026) en vandaag (20/11/2026).")))
                .andExpect(content().string(containsString("Werkt in loondienst")));
    }

    /** Testers' finding: both days wrong, both said beside their fields at once, with what was typed kept. */
    @Test
    void aContactAndASituationStartBothOutOfRangeAreToldBesideBothFields() throws Exception {
        willThrow(new ContactDateOutOfRangeException(LocalDate.of(2026, 5, 31), LocalDate.of(2026, 11, 20), true))
                .given(aftercare).completeFollowUp(any(), any(), any(), any(), any(), any());

        mvc.perform(contact("2026-11-21", "SALARIED", "2026-05-01", "Werkt bij de bakker"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("followUp", "contactedOn", "aftercare.date.range"))
                .andExpect(model().attributeHasFieldErrorCode("followUp", "situationSince", "aftercare.since.range"))
                .andExpect(model().errorCount(2))
                .andExpect(content().string(containsString("value=\"2026-11-21\"")))
                .andExpect(content().string(containsString("value=\"2026-05-01\"")))
                .andExpect(content().string(containsString("Werkt bij de bakker")));
    }

    @Test
    void aCooperativeAnswerReachesTheServiceWithTheDayItStarted() throws Exception {
        mvc.perform(contact("2026-11-18", "IN_COOPERATIVE", "2026-09-01", "Bij de coöperatie"))
                .andExpect(redirectedUrl("/tasks"));
        verify(aftercare).completeFollowUp(eq("t1"), eq(LocalDate.of(2026, 11, 18)), eq(Situation.IN_COOPERATIVE),
                eq(LocalDate.of(2026, 9, 1)), eq("Bij de coöperatie"), any());
    }

    @Test
    void anAnswerWithoutTheDayItStartedComesBackWithTheNoteKept() throws Exception {
        mvc.perform(contact("2026-11-18", "STOPPED", "", "Zaak gesloten"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("followUp", "situationSince"))
                .andExpect(content().string(containsString("Zaak gesloten")));
        verify(aftercare, never()).completeFollowUp(any(), any(), any(), any(), any(), any());
    }

    @Test
    void aSituationStartedBeforeTheExitIsToldBesideItsDateWithTheTextKept() throws Exception {
        willThrow(new SituationDateOutOfRangeException(LocalDate.of(2026, 5, 31), LocalDate.of(2026, 11, 20))).given(aftercare)
                .completeFollowUp(any(), any(), any(), any(), any(), any());

        mvc.perform(contact("2026-11-18", "SALARIED", "2026-05-01", "Werkt bij de bakker"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("followUp", "situationSince", "aftercare.since.range"))
                .andExpect(content().string(containsString("Deze situatie begon tussen de instap (31/05/2026) en vandaag (20/11/2026).")))
                .andExpect(content().string(containsString("Werkt bij de bakker")))
                .andExpect(content().string(containsString("value=\"2026-05-01\"")));
    }

    @Test
    void anAdministratorMayNotRecordAContact() throws Exception {
        mvc.perform(contact("2026-11-18", "SALARIED", "").with(SignedIn.as("admin", Role.ADMINISTRATOR)))
                .andExpect(status().isForbidden());
        verify(aftercare, never()).completeFollowUp(any(), any(), any(), any(), any(), any());
    }
}
