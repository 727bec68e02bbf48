package be.actraject.web.exploration;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.DossierChange;
import be.actraject.domain.exploration.ChecklistClosedException;
import be.actraject.domain.exploration.DeliverableStatus;
import be.actraject.domain.exploration.Deliverables;
import be.actraject.domain.trajectory.DossierChanges;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.web.system.Flash;
import be.actraject.workflow.Phase;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The exploration's checklist kept up to date from the dossier, week by week, by whoever may change the coaching
 * record; the phase review then starts from it. The form is refused, as its submission is, outside the exploration.
 */
@Controller
@RequestMapping("/candidates/{candidateId}/deliverables")
class ChecklistController {

    private static final String VIEW = "exploration/checklist";

    private final DossierChanges changes;
    private final Deliverables deliverables;

    ChecklistController(DossierChanges changes, Deliverables deliverables) {
        this.changes = changes;
        this.deliverables = deliverables;
    }

    @ModelAttribute("statuses")
    DeliverableStatus[] statuses() {
        return DeliverableStatus.values();
    }

    @GetMapping
    String initForm(@PathVariable long candidateId, Actor actor, Model model) {
        Trajectory trajectory = exploring(record(candidateId, actor, model));
        model.addAttribute("checklist", ChecklistForm.of(deliverables.of(trajectory.getId(), actor)));
        return VIEW;
    }

    @PostMapping
    String processForm(@PathVariable long candidateId, @Valid @ModelAttribute("checklist") ChecklistForm form,
                       BindingResult result, Actor actor, Model model, RedirectAttributes redirect) {
        Trajectory trajectory = record(candidateId, actor, model);
        try {
            exploring(trajectory);
            if (result.hasErrors()) {
                return VIEW;
            }
            deliverables.update(trajectory.getId(), form.updates(), actor);
        } catch (ChecklistClosedException e) {
            // The exploration review moved the phase on while the form was open: say so above the typed notes.
            result.reject(e.messageKey());
            return VIEW;
        }
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("checklist.saved"));
        return "redirect:/candidates/" + candidateId;
    }

    /** Refused, as the service would refuse the change, to whoever may not change the record (403). */
    private Trajectory record(long candidateId, Actor actor, Model model) {
        Trajectory trajectory = changes.currentOf(candidateId, DossierChange.COACHING_RECORD, actor);
        model.addAttribute("candidate", trajectory.getCandidate());
        return trajectory;
    }

    /** Outside the exploration the checklist is closed: the phase review decided on it as it stood. */
    private static Trajectory exploring(Trajectory trajectory) {
        if (!trajectory.isActive() || trajectory.getPhase() != Phase.EXPLORATION) {
            throw new ChecklistClosedException(trajectory.getId(), trajectory.getPhase());
        }
        return trajectory;
    }
}
