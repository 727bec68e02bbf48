package be.actraject.web.exit;

import be.actraject.bpmn.exit.ExitTasks;
import be.actraject.domain.access.Actor;
import be.actraject.domain.decision.MotivationRequiredException;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.web.system.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The stop button of the dossier: the candidate stops, wherever they are; the exit registration follows. */
@Controller
class StopController {

    /** As the exit registration's reason (trajectory.exit_reason, 1000), which the note usually becomes. */
    static final int NOTE_LENGTH = 1000;

    private final ExitTasks exits;
    private final Caseload caseload;

    StopController(ExitTasks exits, Caseload caseload) {
        this.exits = exits;
        this.caseload = caseload;
    }

    @PostMapping("/candidates/{candidateId}/stop")
    String stop(@PathVariable long candidateId, @RequestParam(defaultValue = "") String note, Actor actor,
                RedirectAttributes redirect) {
        long trajectoryId = caseload.currentOf(candidateId, actor).getId();
        if (note.length() > NOTE_LENGTH) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning("stop.noteTooLong"));
            return "redirect:/candidates/" + candidateId;
        }
        try {
            exits.stop(trajectoryId, note, actor);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("stop.done"));
        } catch (MotivationRequiredException e) {
            // The stop form's own sentence; a trajectory no longer running is the exception handler's.
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning("stop.noteRequired"));
        }
        return "redirect:/candidates/" + candidateId;
    }
}
