package be.actraject.web.sector;

import be.actraject.bpmn.identity.Accounts;
import be.actraject.domain.access.Actor;
import be.actraject.domain.sector.DuplicateSectorGroupException;
import be.actraject.domain.sector.SectorGroup;
import be.actraject.domain.sector.SectorGroups;
import be.actraject.web.system.Flash;
import be.actraject.workflow.Role;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Comparator;
import java.util.stream.Stream;

/** The sector groups the user may see (the running ones first), and the form a coordinator starts one with. */
@Controller
class SectorGroupController {

    private final SectorGroups groups;
    private final Accounts accounts;

    SectorGroupController(SectorGroups groups, Accounts accounts) {
        this.groups = groups;
        this.accounts = accounts;
    }

    @GetMapping("/sector-groups")
    String list(Actor actor, Model model) {
        model.addAttribute("sectorGroup", new SectorGroupForm());
        return view(actor, model);
    }

    @PostMapping("/sector-groups")
    String create(@Valid @ModelAttribute("sectorGroup") SectorGroupForm form, BindingResult result, Actor actor,
                  Model model, RedirectAttributes redirect) {
        SectorGroups.requireStarter(actor);
        if (!result.hasFieldErrors("contactPerson") && !accounts.isMember(form.getContactPerson(), Role.COACH)
                && !accounts.isMember(form.getContactPerson(), Role.COORDINATOR)) {
            result.rejectValue("contactPerson", "sector.group.contactPerson.unknown");
        }
        if (!result.hasErrors()) {
            try {
                SectorGroup group = groups.create(form.toEntry(), actor);
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("sector.group.created", group.getName()));
                return "redirect:/sector-groups/" + group.getId();
            } catch (DuplicateSectorGroupException e) {
                result.rejectValue("name", e.messageKey(), e.messageArguments(), null);
            }
        }
        return view(actor, model);
    }

    private String view(Actor actor, Model model) {
        // The running groups first; the closed ones below them, still to be read as history.
        model.addAttribute("groups", groups.visibleTo(actor).stream()
                .sorted(Comparator.comparing(SectorGroup::isClosed)).toList());
        model.addAttribute("people", accounts.displayNames());
        model.addAttribute("contactPeople", Stream.concat(accounts.members(Role.COACH).stream(),
                accounts.members(Role.COORDINATOR).stream()).distinct().toList());
        return "sector/list";
    }
}
