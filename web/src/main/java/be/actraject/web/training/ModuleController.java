package be.actraject.web.training;

import be.actraject.domain.access.Actor;
import be.actraject.domain.agenda.WallClock;
import be.actraject.domain.assessment.Competency;
import be.actraject.domain.training.DuplicateMomentException;
import be.actraject.domain.training.ModuleChangeException;
import be.actraject.domain.training.MomentTimesException;
import be.actraject.domain.training.Payer;
import be.actraject.domain.training.TrainingModule;
import be.actraject.domain.training.TrainingModules;
import be.actraject.domain.training.TrainingProviders;
import be.actraject.web.system.Flash;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDateTime;

/**
 * The coordinator's training modules: a new one, a change, and the moments of a dated module (added on the edit page,
 * which shows the module's form and the moment's form side by side, each keeping what was typed).
 */
@Controller
class ModuleController {

    private static final String FORM = "training/module";

    private final TrainingModules modules;
    private final TrainingProviders providers;
    private final Clock clock;

    ModuleController(TrainingModules modules, TrainingProviders providers, Clock clock) {
        this.modules = modules;
        this.providers = providers;
        this.clock = clock;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("providers", providers.all());
        model.addAttribute("competencies", Competency.values());
        model.addAttribute("payers", Payer.values());
    }

    @GetMapping("/training/modules/new")
    String newForm(Model model) {
        model.addAttribute("module", new ModuleForm());
        return FORM;
    }

    @PostMapping("/training/modules/new")
    String create(@Valid @ModelAttribute("module") ModuleForm form, BindingResult result, Actor actor,
                  RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return FORM;
        }
        TrainingModule saved = modules.create(form.toDraft(), actor);
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("training.module.saved", saved.getTitle()));
        return "redirect:/training/modules/" + saved.getId() + "/edit";
    }

    @GetMapping("/training/modules/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        TrainingModule m = modules.get(id);
        model.addAttribute("module", ModuleForm.of(m));
        model.addAttribute("moment", new MomentForm());
        model.addAttribute("existing", m);
        return FORM;
    }

    @PostMapping("/training/modules/{id}/edit")
    String change(@PathVariable long id, @Valid @ModelAttribute("module") ModuleForm form, BindingResult result,
                  Actor actor, Model model, RedirectAttributes redirect) {
        TrainingModule m = modules.get(id);
        if (!result.hasErrors()) {
            try {
                modules.change(id, form.toDraft(), actor);
            } catch (ModuleChangeException e) {
                // Seats have a field to point at; the other conflicts concern the module as a whole.
                if (e.conflict() == ModuleChangeException.Conflict.SEATS_BELOW_ENROLLED) {
                    result.rejectValue("seats", e.messageKey(), e.messageArguments(), null);
                } else {
                    result.reject(e.messageKey(), e.messageArguments(), null);
                }
            }
        }
        if (result.hasErrors()) {
            model.addAttribute("moment", new MomentForm());
            model.addAttribute("existing", m);
            return FORM;
        }
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("training.module.saved", form.getTitle()));
        return "redirect:/training/modules";
    }

    @PostMapping("/training/modules/{id}/moments")
    String addMoment(@PathVariable long id, @Valid @ModelAttribute("moment") MomentForm form, BindingResult result,
                     Actor actor, Model model, RedirectAttributes redirect) {
        TrainingModule m = modules.get(id);
        if (!result.hasErrors()) {
            checkHours(form, result);
        }
        if (!result.hasErrors()) {
            try {
                modules.addMoment(id, form.getDay(), form.getStart(), form.getEnd(), actor);
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("training.moment.added", m.getTitle()));
                return "redirect:/training/modules/" + id + "/edit";
            } catch (MomentTimesException e) {
                result.rejectValue("end", e.messageKey());
            } catch (DuplicateMomentException e) {
                result.rejectValue("start", e.messageKey());
            }
        }
        model.addAttribute("module", ModuleForm.of(m));
        model.addAttribute("existing", m);
        return FORM;
    }

    /**
     * Refuses, beside the field, an hour the clocks skip when summer time begins (it would be moved an hour on without
     * a word, even to a moment that ends when it starts) and a moment that is already over: nobody could follow it.
     */
    private void checkHours(MomentForm form, BindingResult result) {
        LocalDateTime start = form.getDay().atTime(form.getStart());
        LocalDateTime end = form.getDay().atTime(form.getEnd());
        if (!WallClock.exists(start, clock.getZone())) {
            result.rejectValue("start", "wallClock.nonexistent");
        }
        if (!WallClock.exists(end, clock.getZone())) {
            result.rejectValue("end", "wallClock.nonexistent");
        }
        if (!result.hasErrors() && end.isAfter(start)
                && !WallClock.instantOf(end, clock.getZone()).isAfter(clock.instant())) {
            result.rejectValue("day", "training.moment.over");
        }
    }
}
