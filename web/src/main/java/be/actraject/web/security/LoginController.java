package be.actraject.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

/**
 * The login page, and after a refused sign-in what it may say: the name and password do not match, or sign-in with
 * that name (or from that address) is locked, until when and for how long. The same words for a name without an
 * account as for one with a wrong password; the name typed comes back in its field. And why a session ended: an
 * administrator changed the person's roles or password.
 */
@Controller
class LoginController {

    /** Below this a wait is told in seconds, from it in minutes. */
    private static final Duration MINUTES_FROM = Duration.ofMinutes(2);

    private final MessageSource messages;
    private final DateTimeFormatter time;

    LoginController(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.time = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(clock.getZone());
    }

    /** Why a session was ended ({@link SignedInSessions}): what {@code ?ended=} may say. */
    private static final Set<String> ENDED = Set.of("roles", "password", "session");

    @GetMapping("/login")
    String login(HttpServletRequest request, @RequestParam(required = false) String ended, Model model,
                 Locale locale) {
        if (ended != null && ENDED.contains(ended)) {
            model.addAttribute("ended", ended);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(LoginFailureHandler.NOTICE) instanceof LoginNotice notice) {
            session.removeAttribute(LoginFailureHandler.NOTICE);
            model.addAttribute("notice", notice);
            model.addAttribute("username", notice.username());
            if (notice.locked()) {
                model.addAttribute("until", time.format(notice.until()));
                model.addAttribute("wait", waitText(notice.lockedFor(), locale));
            }
        }
        return "login";
    }

    private String waitText(Duration wait, Locale locale) {
        if (wait.compareTo(MINUTES_FROM) < 0) {
            long seconds = (wait.toMillis() + 999) / 1000;
            return messages.getMessage("login.wait.seconds", new Object[]{seconds}, locale);
        }
        long minutes = (wait.toSeconds() + 59) / 60;
        return messages.getMessage("login.wait.minutes", new Object[]{minutes}, locale);
    }
}
