package be.actraject.web.prospecting;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.DossierChange;
import be.actraject.domain.prospecting.ProspectingActivities;
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

import java.time.Clock;
import java.time.LocalDate;

/** Logs a prospecting activity of a candidate; the prospecting review shows them all. */
@Controller
@RequestMapping("/candidates/{candidateId}/prospecting/new")
class ActivityController {

    private static final String VIEW = "prospecting/new";

    private final DossierChanges changes;
    private final ProspectingActivities activities;
    private final Clock clock;

    ActivityController(DossierChanges changes, ProspectingActivities activities, Clock clock) {
        this.changes = changes;
        this.activities = activities;
        this.clock = clock;
    }

    @ModelAttribute("kinds")
    ProspectingKind[] kinds() {
        return ProspectingKind.values();
    }

    @GetMapping
    String initForm(@PathVariable long candidateId, Actor actor, Model model) {
        model.addAttribute("candidate", ProspectingPhase.open(trajectory(candidateId, actor)).getCandidate());
        ActivityForm form = new ActivityForm();
        form.setHappenedOn(LocalDate.now(clock));
        model.addAttribute("activity", form);
        return VIEW;
    }

    @PostMapping
    String processForm(@PathVariable long candidateId, @Valid @ModelAttribute("activity") ActivityForm form,
                       BindingResult result, Actor actor, Model model, RedirectAttributes redirect) {
        Trajectory trajectory = trajectory(candidateId, actor);
        model.addAttribute("candidate", trajectory.getCandidate());
        try {
            ProspectingPhase.open(trajectory);
            if (result.hasErrors()) {
                return VIEW;
            }
            activities.log(trajectory.getId(), form.toEntry(), actor);
        } catch (ProspectingClosedException e) {
            // The prospecting review moved the phase on while the form was open: say so above what was typed.
            result.reject(e.messageKey());
            return VIEW;
        }
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("prospecting.logged"));
        return "redirect:/candidates/" + candidateId;
    }

    /**
     * The form is refused, as its submission is, to whoever may not change the candidate's coaching record (403);
     * outside the prospecting the form is refused with a message ({@link ProspectingPhase}).
     */
    private Trajectory trajectory(long candidateId, Actor actor) {
        return changes.currentOf(candidateId, DossierChange.COACHING_RECORD, actor);
    }
}
