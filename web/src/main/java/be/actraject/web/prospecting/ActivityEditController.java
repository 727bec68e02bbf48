package be.actraject.web.prospecting;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.DossierChange;
import be.actraject.domain.prospecting.ProspectingActivities;
import be.actraject.domain.prospecting.ProspectingActivity;
import be.actraject.domain.prospecting.ProspectingActivityNotFoundException;
import be.actraject.domain.prospecting.ProspectingClosedException;
import be.actraject.domain.prospecting.ProspectingKind;
import be.actraject.domain.trajectory.DossierChanges;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.web.system.Flash;
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
 * Corrects a logged prospecting activity, or adds its result once known (the quote accepted, the contact called
 * back), at any time during the prospecting; the prospecting review shows the activities as they then stand.
 */
@Controller
@RequestMapping("/candidates/{candidateId}/prospecting/{activityId}")
class ActivityEditController {

    private static final String VIEW = "prospecting/new";

    private final DossierChanges changes;
    private final ProspectingActivities activities;

    ActivityEditController(DossierChanges changes, ProspectingActivities activities) {
        this.changes = changes;
        this.activities = activities;
    }

    @ModelAttribute("kinds")
    ProspectingKind[] kinds() {
        return ProspectingKind.values();
    }

    @GetMapping
    String initForm(@PathVariable long candidateId, @PathVariable long activityId, Actor actor, Model model) {
        Trajectory trajectory = ProspectingPhase.open(record(candidateId, activityId, actor, model));
        ProspectingActivity activity = activities.of(trajectory.getId(), actor).stream()
                .filter(a -> a.getId() == activityId).findFirst()
                .orElseThrow(() -> new ProspectingActivityNotFoundException(activityId, trajectory.getId()));
        model.addAttribute("activity", ActivityForm.of(activity));
        return VIEW;
    }

    @PostMapping
    String processForm(@PathVariable long candidateId, @PathVariable long activityId,
                       @Valid @ModelAttribute("activity") ActivityForm form, BindingResult result, Actor actor,
                       Model model, RedirectAttributes redirect) {
        Trajectory trajectory = record(candidateId, activityId, actor, model);
        try {
            ProspectingPhase.open(trajectory);
            if (result.hasErrors()) {
                return VIEW;
            }
            activities.update(trajectory.getId(), activityId, form.toEntry(), actor);
        } catch (ProspectingClosedException e) {
            // The prospecting review moved the phase on while the form was open: say so above what was typed.
            result.reject(e.messageKey());
            return VIEW;
        }
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("prospecting.updated"));
        return "redirect:/candidates/" + candidateId;
    }

    /** Refused, as the service would refuse the change, to whoever may not change the record (403). */
    private Trajectory record(long candidateId, long activityId, Actor actor, Model model) {
        Trajectory trajectory = changes.currentOf(candidateId, DossierChange.COACHING_RECORD, actor);
        model.addAttribute("candidate", trajectory.getCandidate());
        model.addAttribute("activityId", activityId);
        return trajectory;
    }
}
