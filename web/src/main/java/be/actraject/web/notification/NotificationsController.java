package be.actraject.web.notification;

import be.actraject.bpmn.identity.Accounts;
import be.actraject.domain.access.Actor;
import be.actraject.domain.notification.NotificationKind;
import be.actraject.domain.notification.NotificationSettings;
import be.actraject.web.system.Flash;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * "Mijn meldingen": every signed-in user turns the notifications they get on or off. Whose settings these are comes
 * from the sign-in only; the form names kinds, never a user.
 */
@Controller
class NotificationsController {

    static final String PATH = "/account/notifications";

    private final NotificationSettings settings;
    private final Accounts accounts;

    NotificationsController(NotificationSettings settings, Accounts accounts) {
        this.settings = settings;
        this.accounts = accounts;
    }

    @GetMapping(PATH)
    String page(Actor actor, Model model) {
        model.addAttribute("kinds", NotificationKind.values());
        model.addAttribute("enabled", settings.enabledFor(actor));
        model.addAttribute("email", accounts.emailOf(actor.userId()).orElse(null));
        return "account/notifications";
    }

    @PostMapping(PATH)
    String choose(@RequestParam(name = "kind", required = false) List<String> kinds, Actor actor,
                  RedirectAttributes redirect) {
        Set<NotificationKind> enabled = enabledOf(kinds);
        try {
            settings.choose(enabled, actor);
        } catch (DataIntegrityViolationException twice) {
            // A double click: both requests found no row and both inserted one. The rows are there now; choose anew.
            settings.choose(enabled, actor);
        }
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("notifications.saved"));
        return "redirect:" + PATH;
    }

    /** The ticked kinds; a value that names no kind (only a hand-made request sends one) is no choice. */
    private static Set<NotificationKind> enabledOf(List<String> kinds) {
        Set<NotificationKind> enabled = EnumSet.noneOf(NotificationKind.class);
        if (kinds != null) {
            Arrays.stream(NotificationKind.values()).filter(k -> kinds.contains(k.name())).forEach(enabled::add);
        }
        return enabled;
    }
}
