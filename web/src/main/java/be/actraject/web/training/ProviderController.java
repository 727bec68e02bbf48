package be.actraject.web.training;

import be.actraject.domain.access.Actor;
import be.actraject.domain.belgium.InvalidIdentifierException;
import be.actraject.domain.training.DuplicateProviderException;
import be.actraject.domain.training.TrainingProvider;
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

/** The coordinator's providers of training modules: the list, a new one, a change. */
@Controller
class ProviderController {

    private static final String FORM = "training/provider";

    private final TrainingProviders providers;

    ProviderController(TrainingProviders providers) {
        this.providers = providers;
    }

    @GetMapping("/training/providers")
    String list(Model model) {
        model.addAttribute("providers", providers.all());
        return "training/providers";
    }

    @GetMapping("/training/providers/new")
    String newForm(Model model) {
        model.addAttribute("provider", new ProviderForm());
        return FORM;
    }

    @PostMapping("/training/providers/new")
    String create(@Valid @ModelAttribute("provider") ProviderForm form, BindingResult result, Actor actor,
                  RedirectAttributes redirect) {
        return save(null, form, result, actor, redirect);
    }

    @GetMapping("/training/providers/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        TrainingProvider p = providers.get(id);
        model.addAttribute("provider", ProviderForm.of(p));
        model.addAttribute("existing", p);
        return FORM;
    }

    @PostMapping("/training/providers/{id}/edit")
    String change(@PathVariable long id, @Valid @ModelAttribute("provider") ProviderForm form, BindingResult result,
                  Actor actor, Model model, RedirectAttributes redirect) {
        model.addAttribute("existing", providers.get(id));
        return save(id, form, result, actor, redirect);
    }

    private String save(Long id, ProviderForm form, BindingResult result, Actor actor, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            TrainingProvider saved = id == null ? providers.create(form.toDraft(), actor)
                    : providers.change(id, form.toDraft(), actor);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("training.provider.saved", saved.getName()));
            return "redirect:/training/providers";
        } catch (InvalidIdentifierException e) {
            result.rejectValue("enterpriseNumber", "training.provider.enterpriseNumber.invalid");
            return FORM;
        } catch (DuplicateProviderException e) {
            result.rejectValue("enterpriseNumber", e.messageKey(), e.messageArguments(), null);
            return FORM;
        }
    }
}
