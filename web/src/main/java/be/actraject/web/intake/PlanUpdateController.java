package be.actraject.web.intake;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.DossierChange;
import be.actraject.domain.plan.DevelopmentPlans;
import be.actraject.domain.trajectory.DossierChanges;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.web.system.Flash;
import be.actraject.web.system.Violations;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
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
 * A new version of the plan from the dossier, between tasks: actions done, an objective added after a
 * conversation. The form starts from the current version; every version is kept.
 */
@Controller
@RequestMapping("/candidates/{candidateId}/plan")
class PlanUpdateController {

    private static final String VIEW = "intake/plan-update";

    private final DossierChanges changes;
    private final DevelopmentPlans developmentPlans;
    private final PlanScreens plans;

    PlanUpdateController(DossierChanges changes, DevelopmentPlans developmentPlans, PlanScreens plans) {
        this.changes = changes;
        this.developmentPlans = developmentPlans;
        this.plans = plans;
    }

    @GetMapping
    String initForm(@PathVariable long candidateId, Actor actor, Model model) {
        Trajectory trajectory = active(candidateId, actor, model);
        model.addAttribute("plan", plans.start(trajectory.getId(), actor, model));
        return VIEW;
    }

    @PostMapping
    String processForm(@PathVariable long candidateId, @Valid @ModelAttribute("plan") PlanForm form,
                       BindingResult result, Actor actor, Model model, RedirectAttributes redirect) {
        Trajectory trajectory = active(candidateId, actor, model);
        plans.beside(trajectory.getId(), actor, model);
        form.validate(result, plans.today());
        if (!result.hasErrors()) {
            try {
                developmentPlans.record(trajectory.getId(), form.toDraft(), actor);
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("plan.saved"));
                return "redirect:/candidates/" + candidateId;
            } catch (ConstraintViolationException e) {
                Violations.rejectInto(e, result);
            } catch (DataIntegrityViolationException e) {
                // A colleague saved a version at the same moment; theirs stands, this one can be saved again.
                result.reject("plan.concurrentVersion");
            }
        }
        form.fill();
        return VIEW;
    }

    /** The form is refused, as its submission is, to whoever may not change the candidate's coaching record. */
    private Trajectory active(long candidateId, Actor actor, Model model) {
        Trajectory current = changes.currentOf(candidateId, DossierChange.COACHING_RECORD, actor);
        Trajectory trajectory = changes.activeTrajectory(current.getId(), DossierChange.COACHING_RECORD, actor);
        model.addAttribute("trajectory", trajectory);
        model.addAttribute("candidate", trajectory.getCandidate());
        return trajectory;
    }
}
