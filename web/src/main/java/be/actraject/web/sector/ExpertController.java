package be.actraject.web.sector;

import be.actraject.bpmn.identity.Accounts;
import be.actraject.domain.access.Actor;
import be.actraject.domain.sector.DuplicateExpertException;
import be.actraject.domain.sector.Expert;
import be.actraject.domain.sector.Experts;
import be.actraject.web.system.Flash;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The expert register: searched by name or field, added to and corrected by coaches and coordinators. */
@Controller
class ExpertController {

    private static final String FORM = "sector/expert";
    private static final int MAX_SEARCH = 100;

    private final Experts experts;
    private final Accounts accounts;

    ExpertController(Experts experts, Accounts accounts) {
        this.experts = experts;
        this.accounts = accounts;
    }

    @GetMapping("/experts")
    String list(@RequestParam(name = "q", required = false) String words, Actor actor, Model model) {
        // A search longer than any name or field finds nothing: cut it rather than query with it.
        String cleaned = Typed.clean(words);
        String search = cleaned == null || cleaned.length() <= MAX_SEARCH ? cleaned : cleaned.substring(0, MAX_SEARCH);
        model.addAttribute("q", search);
        model.addAttribute("experts", experts.search(search, actor));
        model.addAttribute("people", accounts.displayNames());
        return "sector/experts";
    }

    @GetMapping("/experts/new")
    String initCreate(Actor actor, Model model) {
        Experts.requireKeeper(actor);
        model.addAttribute("expert", new ExpertForm());
        return FORM;
    }

    @PostMapping("/experts/new")
    String processCreate(@Valid @ModelAttribute("expert") ExpertForm form, BindingResult result, Actor actor,
                         RedirectAttributes redirect) {
        Experts.requireKeeper(actor);
        if (!result.hasErrors()) {
            try {
                Expert expert = experts.register(form.toEntry(), actor);
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("expert.registered", expert.getName()));
                return "redirect:/experts";
            } catch (DuplicateExpertException e) {
                result.rejectValue("email", e.messageKey(), e.messageArguments(), null);
            }
        }
        return FORM;
    }

    @GetMapping("/experts/{expertId}")
    String initEdit(@PathVariable long expertId, Actor actor, Model model) {
        model.addAttribute("expert", ExpertForm.of(experts.expert(expertId, actor)));
        model.addAttribute("expertId", expertId);
        return FORM;
    }

    @PostMapping("/experts/{expertId}")
    String processEdit(@PathVariable long expertId, @Valid @ModelAttribute("expert") ExpertForm form,
                       BindingResult result, Actor actor, Model model, RedirectAttributes redirect) {
        experts.expert(expertId, actor);
        model.addAttribute("expertId", expertId);
        if (!result.hasErrors()) {
            try {
                experts.update(expertId, form.toEntry(), actor);
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("expert.updated", form.getName()));
                return "redirect:/experts";
            } catch (DuplicateExpertException e) {
                result.rejectValue("email", e.messageKey(), e.messageArguments(), null);
            }
        }
        return FORM;
    }
}
