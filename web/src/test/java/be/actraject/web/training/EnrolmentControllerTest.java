package be.actraject.web.training;

import be.actraject.bpmn.task.WorkItems;
import be.actraject.domain.candidate.Candidate;
import be.actraject.domain.document.DocumentRejectedException;
import be.actraject.domain.document.Documents;
import be.actraject.domain.training.Attendances;
import be.actraject.domain.training.CertificateTypeException;
import be.actraject.domain.training.Enrolment;
import be.actraject.domain.training.EnrolmentState;
import be.actraject.domain.training.Enrolments;
import be.actraject.domain.training.ModuleFullException;
import be.actraject.domain.training.ModuleNotStartedException;
import be.actraject.domain.trajectory.CorrectionRefusedException;
import be.actraject.domain.training.TrainingModule;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.DossierChanges;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.WebSliceConfiguration;
import be.actraject.workflow.Role;
import be.actraject.domain.access.NotInCaseloadException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.unit.DataSize;

import java.time.LocalDate;
import java.util.Map;

import static be.actraject.web.support.FlashMatchers.flashMessage;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** The steps of an enrolment from the dossier: each goes back to the dossier's box, with the refusal's message. */
@WebMvcTest(EnrolmentController.class)
@Import(WebSliceConfiguration.class)
class EnrolmentControllerTest {

    private static final String DOSSIER = "http://localhost/candidates/7";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    WorkItems workItems;
    @MockitoBean
    Enrolments enrolments;
    @MockitoBean
    Attendances attendances;
    @MockitoBean
    Documents documents;
    @MockitoBean
    Caseload caseload;
    @MockitoBean
    DossierChanges changes;

    private Enrolment enrolment;

    @BeforeEach
    void lotteIsEnrolledInBookkeeping() {
        Candidate candidate = Mockito.mock(Candidate.class);
        given(candidate.getId()).willReturn(7L);
        Trajectory trajectory = Mockito.mock(Trajectory.class);
        given(trajectory.getCandidate()).willReturn(candidate);
        given(caseload.coachingRecord(eq(70L), any())).willReturn(trajectory);
        TrainingModule module = Mockito.mock(TrainingModule.class);
        given(module.getTitle()).willReturn("Boekhouden voor starters");
        enrolment = Mockito.mock(Enrolment.class);
        given(enrolment.getTrajectoryId()).willReturn(70L);
        given(enrolment.getModule()).willReturn(module);
        given(enrolment.getState()).willReturn(EnrolmentState.REQUESTED);
        given(enrolments.get(4L)).willReturn(enrolment);
        given(documents.maxSize()).willReturn(DataSize.ofMegabytes(10));
    }

    @Test
    void aModuleAtAMomentIsEnrolledIn() throws Exception {
        given(enrolments.enrol(anyLong(), anyLong(), any(), any(), any())).willReturn(enrolment);

        mvc.perform(post("/candidates/7/enrolments").with(csrf()).with(SignedIn.coach()).param("choice", "9:31"))
                .andExpect(redirectedUrl("/candidates/7#training"))
                .andExpect(flashMessage("training.enrol.done.REQUESTED", "Boekhouden voor starters"));
        verify(enrolments).enrol(eq(7L), eq(9L), eq(31L), eq(null), any());
    }

    @Test
    void anEnrolmentFromAPopActionNamesTheAction() throws Exception {
        given(enrolments.enrol(anyLong(), anyLong(), any(), any(), any())).willReturn(enrolment);

        mvc.perform(post("/candidates/7/enrolments").with(csrf()).with(SignedIn.coach()).param("choice", "9")
                        .param("action", "55"))
                .andExpect(redirectedUrl("/candidates/7#training"));
        verify(enrolments).enrol(eq(7L), eq(9L), eq(null), eq(55L), any());
    }

    @Test
    void anActionThatIsNoNumberAsksToChoose() throws Exception {
        mvc.perform(post("/candidates/7/enrolments").with(csrf()).with(SignedIn.coach()).param("choice", "9")
                        .param("action", "x"))
                .andExpect(flashMessage("training.enrol.choose"));
        verifyNoInteractions(enrolments);
    }

    @Test
    void noChoiceOrAChoiceThatIsNoModuleAsksToChoose() throws Exception {
        for (String choice : new String[]{"", "9:", "negen"}) {
            mvc.perform(post("/candidates/7/enrolments").with(csrf()).with(SignedIn.coach()).param("choice", choice))
                    .andExpect(redirectedUrl("/candidates/7#training"))
                    .andExpect(flashMessage("training.enrol.choose"));
        }
        verifyNoInteractions(enrolments);
    }

    @Test
    void aColleagueIsRefusedBeforeTheChoiceIsJudged() throws Exception {
        given(changes.currentOf(eq(7L), any(), any())).willThrow(new NotInCaseloadException("coach2", 7L));

        mvc.perform(post("/candidates/7/enrolments").with(csrf()).with(SignedIn.as("coach2", Role.COACH)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isForbidden());
        verifyNoInteractions(enrolments);
    }

    @Test
    void aFullModuleGoesBackToTheFormWithTheReasonAndTheModuleAndActionChosen() throws Exception {
        given(enrolments.enrol(anyLong(), anyLong(), any(), any(), any()))
                .willThrow(new ModuleFullException("Boekhouden voor starters", 12));

        mvc.perform(post("/candidates/7/enrolments").with(csrf()).with(SignedIn.coach()).param("choice", "9:31")
                        .param("action", "55").header("Referer", DOSSIER))
                .andExpect(redirectedUrl("/candidates/7#training"))
                .andExpect(flashMessage("training.refused.full", "Boekhouden voor starters", 12))
                .andExpect(flash().attribute(EnrolmentController.TYPED, Map.of("choice", "9:31", "action", "55")));
    }

    @Test
    void aChoiceThatIsNoModuleComesBackAsTyped() throws Exception {
        mvc.perform(post("/candidates/7/enrolments").with(csrf()).with(SignedIn.coach()).param("choice", "9")
                        .param("action", "x"))
                .andExpect(redirectedUrl("/candidates/7#training"))
                .andExpect(flash().attribute(EnrolmentController.TYPED, Map.of("choice", "9", "action", "x")));
    }

    @Test
    void anAbsenceIsConfirmedAsAnAbsenceNotAsAttendance() throws Exception {
        mvc.perform(post("/training/enrolments/4/absent").with(csrf()).with(SignedIn.coach()))
                .andExpect(redirectedUrl("/candidates/7#training"))
                .andExpect(flashMessage("training.attendance.ABSENT", "Boekhouden voor starters"));
        verify(attendances).recordAttendance(eq(4L), eq(false), any());
    }

    @Test
    void anAttendanceBeforeTheMomentGoesBackToTheBoxWithTheReason() throws Exception {
        given(attendances.recordAttendance(eq(4L), eq(true), any()))
                .willThrow(new ModuleNotStartedException("Boekhouden voor starters", LocalDate.of(2026, 12, 9),
                        java.time.LocalTime.of(18, 50)));

        mvc.perform(post("/training/enrolments/4/attended").with(csrf()).with(SignedIn.coach())
                        .header("Referer", DOSSIER))
                .andExpect(redirectedUrl("/candidates/7#training"))
                .andExpect(flashMessage("training.refused.notStarted", "Boekhouden voor starters",
                        "09/12/2026 18:50"));
    }

    @Test
    void anAttendanceIsTakenBackWithItsReason() throws Exception {
        mvc.perform(post("/training/enrolments/4/undo").with(csrf()).with(SignedIn.coach())
                        .param("reason", "Verkeerde knop"))
                .andExpect(redirectedUrl("/candidates/7#training"))
                .andExpect(flashMessage("training.undone", "Boekhouden voor starters"));
        verify(attendances).undoAttendance(eq(4L), eq("Verkeerde knop"), any());
    }

    @Test
    void aReasonTooLongIsRefusedAndComesBackAsTyped() throws Exception {
        String tooLong = "Verkeerde knop, ze zat in de zaal. ".repeat(15).strip();
        given(attendances.undoAttendance(eq(4L), any(), any()))
                .willThrow(new CorrectionRefusedException(CorrectionRefusedException.Reason.REASON, 500));

        mvc.perform(post("/training/enrolments/4/undo").with(csrf()).with(SignedIn.coach()).param("reason", tooLong))
                .andExpect(redirectedUrl("/candidates/7#training"))
                .andExpect(flashMessage("correction.refused.REASON", 500))
                .andExpect(flash().attribute(EnrolmentController.TYPED, Map.of("reason4", tooLong)));
    }

    @Test
    void aCertificateOfTheWrongTypeGoesBackToTheDossierWithTheReason() throws Exception {
        given(attendances.complete(eq(4L), any(), any(), any())).willThrow(new CertificateTypeException("attest.docx"));

        mvc.perform(multipart("/training/enrolments/4/certificate")
                        .file(new MockMultipartFile("file", "attest.docx", "application/octet-stream", new byte[]{1}))
                        .with(csrf()).with(SignedIn.coach()).header("Referer", DOSSIER))
                .andExpect(redirectedUrl("/candidates/7#training"))
                .andExpect(flashMessage("training.refused.certificateType"));
    }

    @Test
    void anEmptyCertificateIsRefusedWithTheDocumentsLimits() throws Exception {
        given(attendances.complete(eq(4L), any(), any(), any()))
                .willThrow(new DocumentRejectedException(DocumentRejectedException.Reason.EMPTY, "attest.pdf"));

        mvc.perform(multipart("/training/enrolments/4/certificate")
                        .file(new MockMultipartFile("file", "attest.pdf", "application/pdf", new byte[0]))
                        .with(csrf()).with(SignedIn.coach()))
                .andExpect(redirectedUrl("/candidates/7#training"))
                .andExpect(flashMessage("document.refused.EMPTY", 10L,
                        be.actraject.domain.document.FileType.acceptedExtensions()));
    }

    @Test
    void officeStaffMayNotTakeAnyStep() throws Exception {
        mvc.perform(post("/training/enrolments/4/attended").with(csrf()).with(SignedIn.office()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isForbidden());
        verifyNoInteractions(enrolments, attendances);
    }
}
