package be.actraject.web.assessment;

import be.actraject.bpmn.identity.Accounts;
import be.actraject.domain.access.Actor;
import be.actraject.domain.access.NotInCaseloadException;
import be.actraject.domain.assessment.AssessmentNotFoundException;
import be.actraject.domain.assessment.Assessments;
import be.actraject.domain.assessment.Comparison;
import be.actraject.domain.assessment.Competency;
import be.actraject.domain.assessment.ReferenceProfiles;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.web.pdf.Pdfs;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.Map;

/**
 * The development report of one Entre-spiegel assessment as PDF: the spider chart against the reference profile and
 * the assessment before it, the scores per field, and the largest gaps the plan should start from.
 */
@Controller
class DevelopmentReportController {

    private final Assessments assessments;
    private final ReferenceProfiles profiles;
    private final Caseload caseload;
    private final Accounts accounts;
    private final Pdfs pdfs;

    DevelopmentReportController(Assessments assessments, ReferenceProfiles profiles, Caseload caseload,
                                Accounts accounts, Pdfs pdfs) {
        this.assessments = assessments;
        this.profiles = profiles;
        this.caseload = caseload;
        this.accounts = accounts;
        this.pdfs = pdfs;
    }

    @GetMapping("/candidates/{candidateId}/assessments/{assessmentId}/report.pdf")
    ResponseEntity<byte[]> report(@PathVariable long candidateId, @PathVariable long assessmentId, Actor actor) {
        // The candidate in the path first, as every dossier route: one the actor may not read is a 403 whatever the
        // assessment id, never a 404 that tells which assessments exist.
        caseload.coachingRecordOfCandidate(candidateId, actor);
        Comparison comparison;
        try {
            comparison = assessments.comparison(assessmentId, profiles.current(), actor);
        } catch (NotInCaseloadException e) {
            // The candidate is the actor's to read, the assessment is not: another candidate's, so not found here,
            // as a conversation report or an attached file of another candidate.
            throw new AssessmentNotFoundException(assessmentId);
        }
        Trajectory trajectory = caseload.trajectory(comparison.latest().getTrajectoryId(), actor);
        if (trajectory.getCandidate().getId() != candidateId) {
            throw new AssessmentNotFoundException(assessmentId);
        }
        byte[] pdf = pdfs.render("assessment/report", Map.of(
                "comparison", comparison,
                "chart", SpiderChart.of(comparison),
                "candidate", trajectory.getCandidate(),
                "coach", trajectory.getCoach() == null ? ""
                        : accounts.displayNames().getOrDefault(trajectory.getCoach(), trajectory.getCoach()),
                "competencies", Competency.values()));
        String fileName = "ontwikkelingsrapport-" + candidateId + "-" + comparison.latest().getAssessedOn() + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(fileName).build().toString())
                .body(pdf);
    }
}
