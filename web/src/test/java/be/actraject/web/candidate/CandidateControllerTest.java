package be.actraject.web.candidate;

import be.actraject.bpmn.identity.Account;
import be.actraject.bpmn.identity.Accounts;
import be.actraject.bpmn.trajectory.TrajectoryStart;
import be.actraject.domain.access.NotInCaseloadException;
import be.actraject.domain.candidate.DuplicateJobSeekerNumberException;
import be.actraject.domain.trajectory.CandidateNotFoundException;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.WebSliceConfiguration;
import be.actraject.workflow.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(CandidateController.class)
@Import(WebSliceConfiguration.class)
class CandidateControllerTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CandidateListPage listPage;
    @MockitoBean
    TrajectoryStart trajectoryStart;
    @MockitoBean
    Accounts accounts;
    @MockitoBean
    DossierPage dossierPage;
    @MockitoBean
    be.actraject.bpmn.task.WorkItems workItems;

    @BeforeEach
    void coaches() {
        given(accounts.members(Role.COACH)).willReturn(List.of(
                new Account("coach", "Sofie", "Verstraete", EnumSet.of(Role.COACH))));
        given(accounts.displayNames()).willReturn(Map.of("coach", "Sofie Verstraete"));
    }

    private static MockHttpServletRequestBuilder validRegistration() {
        return registration("2026-11-20");
    }

    private static MockHttpServletRequestBuilder registration(String dateOfEntry) {
        return post("/candidates/new").with(csrf())
                .param("firstName", "Lotte").param("lastName", "Peeters")
                .param("email", "lotte@example.be").param("phone", "")
                .param("dateOfBirth", "1990-03-04").param("jobSeekerNumber", "VDAB123456")
                .param("dateOfEntry", dateOfEntry).param("businessIdea", "Fietsherstel aan huis")
                .param("coach", "coach");
    }

    @Test
    void aVisitorWhoIsNotSignedInIsSentToTheLoginPage() throws Exception {
        mvc.perform(get("/candidates")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void theRegistrationFormProposesTheCoachHerselfAndToday() throws Exception {
        mvc.perform(get("/candidates/new").with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(model().attribute("registration", org.hamcrest.Matchers.hasProperty("coach",
                        org.hamcrest.Matchers.is("coach"))))
                .andExpect(content().string(containsString("value=\"2026-11-20\"")));
    }

    @Test
    void theRegistrationFormOffersOnlyTheDaysItAcceptsAndStopsTypingAtTheColumnLength() throws Exception {
        mvc.perform(get("/candidates/new").with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("type=\"date\" min=\"2026-05-21\" max=\"2026-11-20\""
                        + " id=\"dateOfEntry\"")))
                .andExpect(content().string(containsString("maxlength=\"200\" id=\"street\"")))
                .andExpect(content().string(containsString("maxlength=\"2000\"")));
    }

    @Test
    void aStreetLongerThanItsColumnIsRefusedBesideTheFieldWithTheTextKept() throws Exception {
        String street = "Kerkstraat ".repeat(19);

        mvc.perform(validRegistration().param("street", street).with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("registration", "street"))
                .andExpect(content().string(containsString(street.strip())))
                .andExpect(content().string(containsString("Gebruik hoogstens 200 tekens.")));
        verify(trajectoryStart, never()).register(any(), any(), any());
    }

    @Test
    void aValidRegistrationStartsTheTrajectoryAndOpensTheDossier() throws Exception {
        given(trajectoryStart.register(any(), eq("coach"), any()))
                .willReturn(new TrajectoryStart.Registered(7, 42));

        mvc.perform(validRegistration().with(SignedIn.coach()))
                .andExpect(redirectedUrl("/candidates/42"));
    }

    @Test
    void aDateOfEntryDecadesBackOrAheadIsRefusedWithItsWindowAndKeptInBothLanguages() throws Exception {
        for (String entry : new String[]{"1990-01-01", "2026-05-19", "2026-11-21"}) {
            mvc.perform(registration(entry).with(SignedIn.coach()))
                    .andExpect(status().isOk())
                    .andExpect(model().attributeHasFieldErrors("registration", "dateOfEntry"))
                    .andExpect(content().string(containsString("value=\"" + entry + "\"")))
                    .andExpect(content().string(containsString("De datum van instroom ligt van 21/05/2026 tot en met"
                            + " 20/11/2026: vroeger is de termijn van fase 1 tot 3 al voorbij")));
        }
        mvc.perform(registration("1990-01-01").param("lang", "en")
                        .with(SignedIn.coach()))
                .andExpect(content().string(containsString("The date of entry lies from 21/05/2026 to 20/11/2026:"
                        + " earlier, the limit of phases 1 to 3 has passed")));
        verify(trajectoryStart, never()).register(any(), any(), any());
    }

    @Test
    void missingFieldsComeBackWithAMessageEachInDutchAndTheTypedValuesKept() throws Exception {
        mvc.perform(post("/candidates/new").with(csrf()).with(SignedIn.coach())
                        .param("firstName", "Lotte").param("lastName", "")
                        .param("postalCode", "900").param("dateOfBirth", "2090-01-01")
                        .param("jobSeekerNumber", "VDAB-12").param("businessIdea", ""))
                .andExpect(status().isOk())
                .andExpect(view().name("candidates/registration"))
                .andExpect(model().attributeHasFieldErrors("registration", "lastName", "postalCode",
                        "dateOfBirth", "jobSeekerNumber", "dateOfEntry", "businessIdea", "contact"))
                .andExpect(content().string(containsString("value=\"Lotte\"")))
                .andExpect(content().string(containsString("Vul dit veld in.")))
                .andExpect(content().string(containsString("Een Belgische postcode heeft vier cijfers.")))
                .andExpect(content().string(containsString("Geef een e-mailadres of een telefoonnummer op.")))
                .andExpect(content().string(
                        containsString("Een geboortedatum ligt van 20/11/1926 tot en met 20/11/2011.")));
        verify(trajectoryStart, never()).register(any(), any(), any());
    }

    @Test
    void theMessagesAreInEnglishWhenEnglishIsChosen() throws Exception {
        mvc.perform(post("/candidates/new").param("lang", "en").with(csrf()).with(SignedIn.coach())
                        .param("firstName", "").param("postalCode", "12"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please fill in this field.")))
                .andExpect(content().string(containsString("A Belgian postal code has four digits.")))
                .andExpect(content().string(not(containsString("Vul dit veld in."))));
    }

    @Test
    void anAlreadyRegisteredJobSeekerNumberIsToldBesideTheField() throws Exception {
        given(trajectoryStart.register(any(), any(), any()))
                .willThrow(new DuplicateJobSeekerNumberException("VDAB123456"));

        mvc.perform(validRegistration().with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("registration", "jobSeekerNumber",
                        "candidate.jobSeekerNumber.duplicate"))
                .andExpect(content().string(containsString("Er is al een kandidaat met dit klantnummer")));
    }

    @Test
    void officeStaffCannotRegisterCandidates() throws Exception {
        mvc.perform(get("/candidates/new").with(SignedIn.office())).andExpect(status().isForbidden());
        mvc.perform(validRegistration().with(SignedIn.office())).andExpect(status().isForbidden());
        verify(trajectoryStart, never()).register(any(), any(), any());
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/candidates/new").with(SignedIn.coach()).param("firstName", "Lotte"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aDossierOutsideTheCaseloadIsForbiddenAndSaysWhyItMayBeSoAndLeadsBackToTheList() throws Exception {
        // As when a colleague took the candidate's intake from the pool while the list that led here was open.
        willThrow(new NotInCaseloadException("coach", 3)).given(dossierPage).fill(anyLong(), any(), any());

        mvc.perform(get("/candidates/3").with(SignedIn.coach()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Niet (meer) bij jouw kandidaten")))
                .andExpect(content().string(containsString("nam een collega de intake")))
                .andExpect(content().string(containsString("href=\"/candidates\"")))
                .andExpect(content().string(not(containsString("Geen toegang"))));
    }

    @Test
    void anUnknownCandidateIsNotFound() throws Exception {
        willThrow(new CandidateNotFoundException(99)).given(dossierPage).fill(anyLong(), any(), any());

        mvc.perform(get("/candidates/99").with(SignedIn.coach()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Niet gevonden")));
    }
}
