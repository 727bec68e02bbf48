package be.actraject.web.mail;

import be.actraject.domain.access.Actor;
import be.actraject.domain.mail.MailAbout;
import be.actraject.domain.mail.MailAlreadySentException;
import be.actraject.domain.mail.MailMessage;
import be.actraject.domain.mail.MailState;
import be.actraject.domain.mail.Outbox;
import be.actraject.web.system.Flash;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The outbox page (office staff and administrators): every message with its state, filtered by state, subject and
 * recipient; one message with its text and attachments; and "send now" for a queued or given-up one.
 */
@Controller
class OutboxController {

    static final int PAGE_SIZE = 50;

    private final Outbox outbox;
    private final OutboxSender sender;

    OutboxController(Outbox outbox, OutboxSender sender) {
        this.outbox = outbox;
        this.sender = sender;
    }

    @GetMapping("/outbox")
    String list(@RequestParam(required = false) MailState state, @RequestParam(required = false) MailAbout about,
                @RequestParam(required = false) String recipient, @RequestParam(defaultValue = "0") int page,
                Actor actor, Model model) {
        Page<MailMessage> messages = outbox.messages(state, about, recipient,
                PageRequest.of(Math.max(page, 0), PAGE_SIZE), actor);
        model.addAttribute("messages", messages);
        model.addAttribute("state", state);
        model.addAttribute("about", about);
        model.addAttribute("recipient", recipient == null ? "" : recipient.strip());
        model.addAttribute("states", MailState.values());
        model.addAttribute("abouts", MailAbout.values());
        model.addAttribute("smtpConfigured", sender.configured());
        return "outbox/list";
    }

    @GetMapping("/outbox/{id}")
    String show(@PathVariable long id, Actor actor, Model model) {
        model.addAttribute("message", outbox.message(id, actor));
        model.addAttribute("smtpConfigured", sender.configured());
        return "outbox/show";
    }

    @PostMapping("/outbox/{id}/send-now")
    String sendNow(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        MailMessage message;
        try {
            message = outbox.sendNow(id, actor);
        } catch (MailAlreadySentException e) {
            // Clicked on a page opened before it went out: back to the message, which now shows it sent, not to the
            // worklist where the general handler would land.
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning(e.messageKey(), e.messageArguments()));
            return "redirect:/outbox/" + id;
        }
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(sender.configured() ? "outbox.sendNow.done"
                : "outbox.sendNow.noServer", message.getRecipient()));
        return "redirect:/outbox/" + id;
    }
}
