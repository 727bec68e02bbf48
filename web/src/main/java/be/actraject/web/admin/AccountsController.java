package be.actraject.web.admin;

import be.actraject.bpmn.identity.AccountAdministration;
import be.actraject.bpmn.identity.AccountExistsException;
import be.actraject.bpmn.identity.WeakPasswordException;
import be.actraject.domain.access.Actor;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.web.system.Flash;
import be.actraject.workflow.Role;
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

import java.util.EnumSet;
import java.util.Set;

/** The accounts: who may sign in, in which roles; new accounts, new passwords, unlocking. */
@Controller
class AccountsController {

    private static final String VIEW = "admin/accounts";

    private final AccountAdministration accounts;

    AccountsController(AccountAdministration accounts) {
        this.accounts = accounts;
    }

    @ModelAttribute("allRoles")
    Role[] roles() {
        return Role.values();
    }

    @GetMapping("/admin/accounts")
    String list(Actor actor, Model model) {
        model.addAttribute("account", new AccountForm());
        return show(actor, model);
    }

    @PostMapping("/admin/accounts")
    String create(@Valid @ModelAttribute("account") AccountForm form, BindingResult result, Actor actor, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                accounts.create(form.getUserId(), form.getFirstName(), form.getLastName(), form.getEmail(),
                        form.getPassword(), form.getRoles(), actor);
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("accounts.created", form.getUserId()));
                return "redirect:/admin/accounts";
            } catch (AccountExistsException e) {
                result.rejectValue("userId", "accounts.exists");
            } catch (WeakPasswordException e) {
                result.rejectValue("password", "accounts.password.weak",
                        new Object[]{AccountAdministration.MINIMUM_PASSWORD_LENGTH}, null);
            }
        }
        return show(actor, model);
    }

    @PostMapping("/admin/accounts/{userId}/roles")
    String changeRoles(@PathVariable String userId, @RequestParam(required = false) Set<Role> roles, Actor actor,
                       RedirectAttributes redirect) {
        try {
            accounts.changeRoles(userId, roles == null ? EnumSet.noneOf(Role.class) : roles, actor);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("accounts.rolesChanged", userId));
        } catch (NotPermittedException e) {
            if (!actor.has(Role.ADMINISTRATOR)) {
                throw e;
            }
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning("accounts.keepAdministrator"));
        }
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{userId}/password")
    String setPassword(@PathVariable String userId, @RequestParam(defaultValue = "") String password, Actor actor,
                       RedirectAttributes redirect) {
        // A weak password: the exception handler sends the form back to the list with the refusal.
        accounts.setPassword(userId, password, actor);
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("accounts.passwordSet", userId));
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{userId}/unlock")
    String unlock(@PathVariable String userId, Actor actor, RedirectAttributes redirect) {
        accounts.unlock(userId, actor);
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("accounts.unlocked", userId));
        return "redirect:/admin/accounts";
    }

    private String show(Actor actor, Model model) {
        model.addAttribute("accounts", accounts.all(actor));
        return VIEW;
    }
}
