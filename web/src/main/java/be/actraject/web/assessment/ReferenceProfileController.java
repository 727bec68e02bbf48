package be.actraject.web.assessment;

import be.actraject.bpmn.parameters.TrajectoryParameters;
import be.actraject.domain.access.Actor;
import be.actraject.domain.assessment.Competency;
import be.actraject.domain.assessment.InvalidScoresException;
import be.actraject.domain.assessment.ReferenceProfile;
import be.actraject.domain.assessment.ReferenceProfiles;
import be.actraject.domain.assessment.Scale;
import be.actraject.web.system.Flash;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator's page for the Entre-spiegel reference profile: the profile in force, a form for a new version on
 * today's scale, and the history of versions. A new version applies to every chart drawn from then on.
 */
@Controller
@RequestMapping("/settings/reference-profile")
class ReferenceProfileController {

    private static final String VIEW = "assessment/reference-profile";

    private final ReferenceProfiles profiles;
    private final TrajectoryParameters parameters;

    ReferenceProfileController(ReferenceProfiles profiles, TrajectoryParameters parameters) {
        this.profiles = profiles;
        this.parameters = parameters;
    }

    @ModelAttribute
    void common(Model model) {
        Scale scale = parameters.entreSpiegelScale();
        ScoreGrid.addTo(model, scale);
        model.addAttribute("scale", scale);
        model.addAttribute("history", profiles.history());
    }

    @GetMapping
    String show(Model model) {
        ReferenceProfile current = profiles.current();
        Scale scale = parameters.entreSpiegelScale();
        ReferenceProfileForm form = new ReferenceProfileForm();
        for (Competency c : Competency.values()) {
            form.getScores().put(c, current.scoreOn(c, scale));
        }
        model.addAttribute("profile", form);
        return VIEW;
    }

    @PostMapping
    String save(@Valid @ModelAttribute("profile") ReferenceProfileForm form, BindingResult result, Actor actor,
                RedirectAttributes redirect) {
        Scale scale = parameters.entreSpiegelScale();
        if (!ScoreGrid.check(form.getScores(), scale, result) || result.hasErrors()) {
            return VIEW;
        }
        try {
            profiles.set(scale, form.getScores(), form.getReason(), actor);
        } catch (InvalidScoresException e) {
            ScoreGrid.reject(e.competencies(), scale, result);
            return VIEW;
        }
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("referenceProfile.saved"));
        return "redirect:/settings/reference-profile";
    }
}
