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
        Trajectory trajectory = exploring(candidateId, actor, model);
        model.addAttribute("checklist", ChecklistForm.of(deliverables.of(trajectory.getId(), actor)));
        return VIEW;
    }

    @PostMapping
    String processForm(@PathVariable long candidateId, @Valid @ModelAttribute("checklist") ChecklistForm form,
                       BindingResult result, Actor actor, Model model, RedirectAttributes redirect) {
        Trajectory trajectory = exploring(candidateId, actor, model);
        if (result.hasErrors()) {
            return VIEW;
        }
        deliverables.update(trajectory.getId(), form.updates(), actor);
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("checklist.saved"));
        return "redirect:/candidates/" + candidateId;
    }

    private Trajectory exploring(long candidateId, Actor actor, Model model) {
        Trajectory trajectory = changes.currentOf(candidateId, DossierChange.COACHING_RECORD, actor);
        if (!trajectory.isActive() || trajectory.getPhase() != Phase.EXPLORATION) {
            throw new ChecklistClosedException(trajectory.getId(), trajectory.getPhase());
        }
        model.addAttribute("candidate", trajectory.getCandidate());
        return trajectory;
    }
}
