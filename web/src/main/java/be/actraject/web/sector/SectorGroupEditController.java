package be.actraject.web.sector;

import be.actraject.bpmn.identity.Accounts;
import be.actraject.domain.access.Actor;
import be.actraject.domain.sector.DuplicateSectorGroupException;
import be.actraject.domain.sector.SectorGroup;
import be.actraject.domain.sector.SectorGroupChanges;
import be.actraject.domain.sector.SectorGroupClosedException;
import be.actraject.domain.sector.SectorGroups;
import be.actraject.web.system.Flash;
import be.actraject.web.system.Refusals;
import be.actraject.workflow.Role;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.stream.Stream;

/**
 * A coordinator changes a sector group (name, sector, description, contact person) or closes it. Anyone else is
 * refused (403) before anything typed is looked at; a closed group's form answers with the refusal above it.
 */
@Controller
class SectorGroupEditController {

    private static final String VIEW = "sector/edit";

    private final SectorGroups groups;
    private final SectorGroupChanges changes;
    private final Accounts accounts;

    SectorGroupEditController(SectorGroups groups, SectorGroupChanges changes, Accounts accounts) {
        this.groups = groups;
        this.changes = changes;
        this.accounts = accounts;
    }

    @GetMapping("/sector-groups/{groupId}/edit")
    String initForm(@PathVariable long groupId, Actor actor, Model model) {
        SectorGroups.requireStarter(actor);
        SectorGroup group = groups.group(groupId, actor);
        model.addAttribute("sectorGroup", SectorGroupForm.of(group));
        return view(group, model);
    }

    @PostMapping("/sector-groups/{groupId}/edit")
    String processForm(@PathVariable long groupId, @Valid @ModelAttribute("sectorGroup") SectorGroupForm form,
                       BindingResult result, Actor actor, Model model, RedirectAttributes redirect) {
        SectorGroups.requireStarter(actor);
        SectorGroup group = groups.group(groupId, actor);
        if (!result.hasFieldErrors("contactPerson") && !isContactPerson(form.getContactPerson())) {
            result.rejectValue("contactPerson", "sector.group.contactPerson.unknown");
        }
        if (!result.hasErrors()) {
            try {
                SectorGroup changed = changes.change(groupId, form.toEntry(), actor);
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("sector.group.changed", changed.getName()));
                return "redirect:/sector-groups/" + groupId;
            } catch (DuplicateSectorGroupException e) {
                result.rejectValue("name", e.messageKey(), e.messageArguments(), null);
            } catch (SectorGroupClosedException e) {
                Refusals.reject(result, e);
            }
        }
        return view(group, model);
    }

    @PostMapping("/sector-groups/{groupId}/close")
    String close(@PathVariable long groupId, Actor actor, RedirectAttributes redirect) {
        SectorGroups.requireStarter(actor);
        try {
            SectorGroup closed = changes.close(groupId, actor);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("sector.group.closedDone", closed.getName()));
        } catch (SectorGroupClosedException e) {
            // Closed meanwhile, or a second click: back to the group, which says since when, wherever the click came from.
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning(e.messageKey(), e.messageArguments()));
        }
        return "redirect:/sector-groups/" + groupId;
    }

    private boolean isContactPerson(String userId) {
        return accounts.isMember(userId, Role.COACH) || accounts.isMember(userId, Role.COORDINATOR);
    }

    private String view(SectorGroup group, Model model) {
        model.addAttribute("sectorGroupView", group);
        model.addAttribute("contactPeople", Stream.concat(accounts.members(Role.COACH).stream(),
                accounts.members(Role.COORDINATOR).stream()).distinct().toList());
        return VIEW;
    }
}
