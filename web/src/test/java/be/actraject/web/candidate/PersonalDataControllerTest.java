package be.actraject.web.candidate;

import be.actraject.domain.candidate.Candidate;
import be.actraject.domain.candidate.CandidateChangedException;
import be.actraject.domain.candidate.DuplicateJobSeekerNumberException;
import be.actraject.domain.candidate.FieldChange;
import be.actraject.domain.trajectory.NotTheCoachException;
import be.actraject.domain.trajectory.PersonalDataCorrections;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.LocalDate;
import java.util.List;

import static be.actraject.web.support.FlashMatchers.flashMessage;
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

@WebMvcTest(PersonalDataController.class)
@Import(WebSliceConfiguration.class)
class PersonalDataControllerTest {

    static final String URL = "/candidates/42/personal-data";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    PersonalDataCorrections corrections;
    @MockitoBean
    be.actraject.bpmn.task.WorkItems workItems;

    Candidate candidate;
    Trajectory trajectory;

    @BeforeEach
    void aCandidateOfTheCoach() {
        candidate = Mockito.mock(Candidate.class);
        given(candidate.getId()).willReturn(42L);
        given(candidate.fullName()).willReturn("Lotte Peeters");
        given(candidate.getFirstName()).willReturn("Lotte");
        given(candidate.getLastName()).willReturn("Peeters");
        given(candidate.getPhone()).willReturn("0470 12 34 56");
        given(candidate.getDateOfBirth()).willReturn(LocalDate.of(1990, 3, 4));
        given(candidate.getDateOfEntry()).willReturn(LocalDate.of(2026, 11, 2));
        given(candidate.getJobSeekerNumber()).willReturn("VDAB123456");
        given(candidate.getBusinessIdea()).willReturn("Fietsherstel aan huis");
        given(candidate.getVersion()).willReturn(3L);
        trajectory = Mockito.mock(Trajectory.class);
        given(trajectory.getId()).willReturn(7L);
        given(trajectory.getCoach()).willReturn("coach");
        given(trajectory.getCandidate()).willReturn(candidate);
        given(corrections.trajectory(eq(42L), any())).willAnswer(call -> {
            be.actraject.domain.access.Actor actor = call.getArgument(1);
            if (!actor.has(Role.COORDINATOR) && !actor.userId().equals("coach")) {
                throw new NotTheCoachException(7L, actor.userId(), "coach");
            }
            return trajectory;
        });
    }

    private static MockHttpServletRequestBuilder correction(String phone) {
        return correction(phone, "Lotte", "VDAB123456");
    }

    private static MockHttpServletRequestBuilder correction(String phone, String firstName, String jobSeekerNumber) {
        return post(URL).with(csrf())
                .param("firstName", firstName).param("lastName", "Peeters").param("email", "")
                .param("phone", phone).param("street", "").param("postalCode", "").param("municipality", "")
                .param("dateOfBirth", "1990-03-04").param("jobSeekerNumber", jobSeekerNumber)
                .param("businessIdea", "Fietsherstel aan huis").param("version", "3");
    }

    @Test
    void theFormShowsTheCandidateAsTheyAreWithEachInputLimitedToItsColumn() throws Exception {
        mvc.perform(get(URL).with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"0470 12 34 56\"")))
                .andExpect(content().string(containsString("maxlength=\"30\"")))
                .andExpect(content().string(containsString("maxlength=\"254\"")))
                .andExpect(content().string(containsString("maxlength=\"2000\"")))
                .andExpect(content().string(containsString("name=\"version\" value=\"3\"")));
    }

    @Test
    void aCorrectedPhoneIsSavedWithTheVersionTheFormWasOpenedWith() throws Exception {
        given(corrections.correct(eq(42L), any(), eq(3L), any()))
                .willReturn(List.of(new FieldChange("phone", "0470 12 34 56", "0470 65 43 21")));

        mvc.perform(correction("0470 65 43 21").with(SignedIn.coach()))
                .andExpect(redirectedUrl("/candidates/42"))
                .andExpect(flashMessage("candidate.correction.saved", 1));
    }

    @Test
    void pastedSpacesAreCleanedBeforeTheRulesAndTheCorrectionSeeThem() throws Exception {
        given(corrections.correct(eq(42L), any(), eq(3L), any())).willReturn(List.of());

        mvc.perform(correction("0470\u202F65\u202F43\u202F21", "\u00A0Lotte\u00A0", "\u00A0VDAB 123\u00A0456")
                        .with(SignedIn.coach()))
                .andExpect(redirectedUrl("/candidates/42"));

        var details = org.mockito.ArgumentCaptor.forClass(be.actraject.domain.candidate.CandidateDetails.class);
        verify(corrections).correct(eq(42L), details.capture(), eq(3L), any());
        org.assertj.core.api.Assertions.assertThat(details.getValue()).satisfies(d -> {
            org.assertj.core.api.Assertions.assertThat(d.firstName()).isEqualTo("Lotte");
            org.assertj.core.api.Assertions.assertThat(d.phone()).isEqualTo("0470 65 43 21");
            org.assertj.core.api.Assertions.assertThat(d.jobSeekerNumber()).isEqualTo("VDAB123456");
            org.assertj.core.api.Assertions.assertThat(d.email()).as("blank is no value").isNull();
        });
    }

    @Test
    void aFirstNameOfOnlyANoBreakSpaceIsRefusedBesideTheField() throws Exception {
        mvc.perform(correction("0470 12 34 56", "\u00A0", "VDAB123456").with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("personalData", "firstName"));
        verify(corrections, never()).correct(anyLong(), any(), anyLong(), any());
    }

    @Test
    void theRegistrationsRulesApplyAndWhatWasTypedStays() throws Exception {
        mvc.perform(correction("bel me maar").param("jobSeekerNumber", "VDAB-12").with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("personalData", "phone", "jobSeekerNumber"))
                .andExpect(content().string(containsString("value=\"bel me maar\"")));
        mvc.perform(correction("0470 12 34 56").param("lastName", "x".repeat(101)).with(SignedIn.coach()))
                .andExpect(model().attributeHasFieldErrors("personalData", "lastName"));
        verify(corrections, never()).correct(anyLong(), any(), anyLong(), any());
    }

    @Test
    void anotherCandidatesJobSeekerNumberIsRefusedBesideTheField() throws Exception {
        willThrow(new DuplicateJobSeekerNumberException("VDAB123456"))
                .given(corrections).correct(eq(42L), any(), eq(3L), any());

        mvc.perform(correction("0470 12 34 56").with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("personalData", "jobSeekerNumber"))
                .andExpect(content().string(containsString("Er is al een kandidaat met dit klantnummer")));
    }

    @Test
    void aColleaguesCorrectionMeanwhileKeepsWhatWasTypedAndShowsWhatTheySaved() throws Exception {
        willThrow(new CandidateChangedException(42L)).given(corrections).correct(eq(42L), any(), eq(3L), any());
        given(candidate.getVersion()).willReturn(4L);

        mvc.perform(correction("0470 99 99 99").with(SignedIn.coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Een collega heeft deze gegevens intussen verbeterd")))
                .andExpect(content().string(containsString("value=\"0470 99 99 99\"")))
                .andExpect(content().string(containsString("Intussen bewaard door een collega: 0470 12 34 56")))
                .andExpect(content().string(containsString("name=\"version\" value=\"4\"")));
    }

    @Test
    void aCoachWhoIsNotTheCandidatesCoachIsToldWhoCanCorrect() throws Exception {
        mvc.perform(get(URL).with(SignedIn.as("coach2", Role.COACH)))
                .andExpect(content().string(containsString(
                        "Alleen de coach van deze kandidaat of een coördinator kan de persoonsgegevens verbeteren.")));
        mvc.perform(correction("0470 65 43 21").with(SignedIn.as("coach2", Role.COACH)))
                .andExpect(flashMessage("candidate.correction.notTheCoach"));
        verify(corrections, never()).correct(anyLong(), any(), anyLong(), any());
    }
}
