package be.actraject.web.agenda;

import be.actraject.bpmn.identity.Account;
import be.actraject.bpmn.identity.Accounts;
import be.actraject.bpmn.parameters.TrajectoryParameters;
import be.actraject.domain.access.Actor;
import be.actraject.domain.agenda.Agenda;
import be.actraject.domain.agenda.CalendarFeeds;
import be.actraject.web.system.Flash;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * The personal calendar feed: a page to issue, copy and revoke one's secret address, and the feed itself, which a
 * calendar application fetches without signing in ({@code SecurityConfiguration} lets GET of exactly
 * {@code /agenda/feed/*.ics} through). Any token but a current one gets an empty 404, the same for every kind of
 * wrong token, so the answer tells nothing about whom a token belonged to.
 */
@Controller
class FeedController {

    /** The feed holds the last month and the coming year: what a calendar application shows without scrolling far. */
    private static final int MONTHS_BACK = 1;
    private static final int MONTHS_AHEAD = 12;
    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CalendarFeeds feeds;
    private final Agenda agenda;
    private final Accounts accounts;
    private final TrajectoryParameters parameters;
    private final IcalFeed ical;
    private final Clock clock;

    FeedController(CalendarFeeds feeds, Agenda agenda, Accounts accounts, TrajectoryParameters parameters,
                   IcalFeed ical, Clock clock) {
        this.feeds = feeds;
        this.agenda = agenda;
        this.accounts = accounts;
        this.parameters = parameters;
        this.ical = ical;
        this.clock = clock;
    }

    @GetMapping("/agenda/feed")
    String page(Actor actor, Model model) {
        model.addAttribute("issuedAt", feeds.issuedAt(actor).orElse(null));
        return "agenda/feed";
    }

    /** Issues a new address (replacing any earlier one) and shows it once, on the page the redirect leads to. */
    @PostMapping("/agenda/feed")
    String issue(Actor actor, Locale locale, RedirectAttributes redirect) {
        String token;
        try {
            token = feeds.issue(actor);
        } catch (DataIntegrityViolationException twice) {
            // A double click: both requests found no feed and both inserted one. The row is there now; issue anew.
            token = feeds.issue(actor);
        }
        String lang = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "?lang=en" : "";
        redirect.addFlashAttribute("feedUrl", baseUrl() + "/agenda/feed/" + token + ".ics" + lang);
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("agenda.feed.issued"));
        return "redirect:/agenda/feed";
    }

    @PostMapping("/agenda/feed/revoke")
    String revoke(Actor actor, RedirectAttributes redirect) {
        feeds.revoke(actor);
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("agenda.feed.revoked"));
        return "redirect:/agenda/feed";
    }

    @GetMapping("/agenda/feed/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token, Locale locale) {
        Optional<Account> owner = feeds.ownerOf(token).flatMap(accounts::find);
        if (owner.isEmpty() || owner.get().roles().isEmpty()) {
            // An account without roles is one that was shut out: its agenda is nobody's business any more.
            return ResponseEntity.notFound().build();
        }
        Actor actor = new Actor(owner.get().userId(), owner.get().roles());
        LocalDate today = LocalDate.now(clock);
        String body = ical.write(agenda.overview(actor, today.minusMonths(MONTHS_BACK), today.plusMonths(MONTHS_AHEAD),
                parameters.getAftercareFollowUps(), AgendaDay.NAMED), baseUrl(), locale);
        return ResponseEntity.ok().contentType(TEXT_CALENDAR).cacheControl(CacheControl.noStore()).body(body);
    }

    private static String baseUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
