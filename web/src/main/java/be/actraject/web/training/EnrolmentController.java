package be.actraject.web.training;

import be.actraject.domain.RefusedException;
import be.actraject.domain.access.Actor;
import be.actraject.domain.access.DossierChange;
import be.actraject.domain.document.DocumentRejectedException;
import be.actraject.domain.document.Documents;
import be.actraject.domain.document.FileType;
import be.actraject.domain.training.Attendances;
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
import java.util.HashMap;
import java.util.Map;

/**
 * The steps of an enrolment, from the dossier's "Opleidingen" box; a coordinator's agreement is the approval task's
 * ({@link TrainingApprovalController}). A refusal of the rules goes back to the box ({@code #training}, not the top of
 * the long dossier page) with its message and what was chosen or typed ({@link #TYPED}), so the coach need not look
 * for the module again; a file the dossier does not take comes back with the limits, as on the documents box.
 */
@Controller
class EnrolmentController {

    /** The flash attribute with what a refused form of the box held: field name to value. */
    static final String TYPED = "trainingTyped";

    private final Enrolments enrolments;
    private final Attendances attendances;
    private final Documents documents;
    private final Caseload caseload;
    private final DossierChanges changes;

    EnrolmentController(Enrolments enrolments, Attendances attendances, Documents documents, Caseload caseload,
                        DossierChanges changes) {
        this.enrolments = enrolments;
        this.attendances = attendances;
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
            keep(redirect, "choice", choice, "action", action);
        } else {
            try {
                Enrolment e = enrolments.enrol(candidateId, ids[0], ids.length > 1 ? ids[1] : null,
                        planAction.length == 0 ? null : planAction[0], actor);
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("training.enrol.done." + e.getState(),
                        e.getModule().getTitle()));
            } catch (RefusedException refused) {
                refuse(redirect, refused);
                keep(redirect, "choice", choice, "action", action);
            }
        }
        return "redirect:/candidates/" + candidateId + "#training";
    }

    /**
     * Takes back an attendance or absence recorded by mistake, with a reason; refused without one, and the reason
     * typed comes back with the refusal.
     */
    @PostMapping("/training/enrolments/{id}/undo")
    String undo(@PathVariable long id, @RequestParam(required = false) String reason, Actor actor,
                RedirectAttributes redirect) {
        Enrolment e = enrolments.get(id);
        String dossier = dossierOf(e, actor);
        try {
            attendances.undoAttendance(id, reason, actor);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("training.undone", e.getModule().getTitle()));
        } catch (RefusedException refused) {
            refuse(redirect, refused);
            keep(redirect, "reason" + id, reason);
        }
        return "redirect:" + dossier + "#training";
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
            attendances.complete(id, file == null ? null : file.getOriginalFilename(), content, actor);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("training.completed",
                    e.getModule().getTitle()));
        } catch (DocumentRejectedException refused) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning(refused.messageKey(),
                    documents.maxSize().toMegabytes(), FileType.acceptedExtensions()));
        } catch (RefusedException refused) {
            refuse(redirect, refused);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return "redirect:" + dossier + "#training";
    }

    private String attendance(long id, boolean attended, Actor actor, RedirectAttributes redirect) {
        Enrolment e = enrolments.get(id);
        String dossier = dossierOf(e, actor);
        try {
            attendances.recordAttendance(id, attended, actor);
            // Said from what was asked: an absence has its own sentence, not the attendance's.
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(attended ? "training.attendance.ATTENDED"
                    : "training.attendance.ABSENT", e.getModule().getTitle()));
        } catch (RefusedException refused) {
            refuse(redirect, refused);
        }
        return "redirect:" + dossier + "#training";
    }

    private static void refuse(RedirectAttributes redirect, RefusedException refused) {
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning(refused.messageKey(), refused.messageArguments()));
    }

    /** What the refused form held, by field name, for the dossier to fill the box's form with again. */
    private static void keep(RedirectAttributes redirect, String... namesAndValues) {
        Map<String, String> typed = new HashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                typed.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        redirect.addFlashAttribute(TYPED, typed);
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
