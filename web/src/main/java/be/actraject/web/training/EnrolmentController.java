package be.actraject.web.training;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.DossierChange;
import be.actraject.domain.document.DocumentRejectedException;
import be.actraject.domain.document.Documents;
import be.actraject.domain.document.FileType;
import be.actraject.domain.training.Enrolment;
import be.actraject.domain.training.Enrolments;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.DossierChanges;
import be.actraject.web.system.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The steps of an enrolment, from the dossier's "Opleidingen" box; a coordinator's agreement is the approval task's
 * ({@link TrainingApprovalController}). A refusal of the rules goes back to the page it came from with its message ({@code WebExceptionHandler});
 * a file the dossier does not take comes back with the limits, as on the documents box.
 */
@Controller
class EnrolmentController {

    private final Enrolments enrolments;
    private final Documents documents;
    private final Caseload caseload;
    private final DossierChanges changes;

    EnrolmentController(Enrolments enrolments, Documents documents, Caseload caseload, DossierChanges changes) {
        this.enrolments = enrolments;
        this.documents = documents;
        this.caseload = caseload;
        this.changes = changes;
    }

    @PostMapping("/candidates/{candidateId}/enrolments")
    String enrol(@PathVariable long candidateId, @RequestParam(required = false) String choice,
                 @RequestParam(required = false) String action, Actor actor, RedirectAttributes redirect) {
        // Who may not enrol is refused (403) before what they chose is judged.
        changes.currentOf(candidateId, DossierChange.COACHING_RECORD, actor);
        long[] ids = parse(choice);
        long[] planAction = action == null || action.isEmpty() ? new long[0] : parse(action);
        if (ids == null || planAction == null || planAction.length > 1) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning("training.enrol.choose"));
        } else {
            Enrolment e = enrolments.enrol(candidateId, ids[0], ids.length > 1 ? ids[1] : null,
                    planAction.length == 0 ? null : planAction[0], actor);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("training.enrol.done." + e.getState(),
                    e.getModule().getTitle()));
        }
        return "redirect:/candidates/" + candidateId + "#training";
    }

    @PostMapping("/training/enrolments/{id}/attended")
    String attended(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        return attendance(id, true, actor, redirect);
    }

    @PostMapping("/training/enrolments/{id}/absent")
    String absent(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        return attendance(id, false, actor, redirect);
    }

    @PostMapping("/training/enrolments/{id}/certificate")
    String certificate(@PathVariable long id, @RequestParam(required = false) MultipartFile file, Actor actor,
                       RedirectAttributes redirect) {
        Enrolment e = enrolments.get(id);
        String dossier = dossierOf(e, actor);
        try {
            byte[] content = file == null ? new byte[0] : file.getBytes();
            enrolments.complete(id, file == null ? null : file.getOriginalFilename(), content, actor);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("training.completed",
                    e.getModule().getTitle()));
        } catch (DocumentRejectedException refused) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning(refused.messageKey(),
                    documents.maxSize().toMegabytes(), FileType.acceptedExtensions()));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return "redirect:" + dossier + "#training";
    }

    private String attendance(long id, boolean attended, Actor actor, RedirectAttributes redirect) {
        Enrolment e = enrolments.recordAttendance(id, attended, actor);
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("training.attendance." + e.getState(),
                e.getModule().getTitle()));
        return "redirect:" + dossierOf(e, actor) + "#training";
    }

    /** The dossier the enrolment belongs to; reading it is the caseload's question, asked again here. */
    private String dossierOf(Enrolment e, Actor actor) {
        return "/candidates/" + caseload.coachingRecord(e.getTrajectoryId(), actor).getCandidate().getId();
    }

    /** {@code moduleId} or {@code moduleId:momentId}; null for anything else. */
    static long[] parse(String choice) {
        if (choice == null || !choice.matches("\\d{1,18}(:\\d{1,18})?")) {
            return null;
        }
        String[] parts = choice.split(":");
        return parts.length == 1 ? new long[]{Long.parseLong(parts[0])}
                : new long[]{Long.parseLong(parts[0]), Long.parseLong(parts[1])};
    }
}
