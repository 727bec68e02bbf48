package be.actraject.web.security;

import be.actraject.bpmn.identity.AccountAccessChanged;
import be.actraject.bpmn.identity.AccountAccessChanged.Change;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.session.SessionInformationExpiredEvent;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;
import org.springframework.transaction.event.TransactionalEventListener;

import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ends the sessions of a person whose roles changed, or whose password an administrator set
 * ({@link AccountAccessChanged}, once that change is committed): a session holds the roles it signed in with, and
 * would go on using those that were taken away. Their next request is sent to the login page, which says why in their
 * language ({@code /login?ended=roles} or {@code password}); signing in again gives the roles as they are now.
 *
 * <p>The sessions are found in Spring Security's {@link SessionRegistry} by the person's user id (the principal's
 * name): Spring Session's registry over the sessions in the database, so that the sessions end on every node
 * ({@link SecurityConfiguration#sessionRegistry}). The reason is kept per person on this node: a session ended by
 * another node's change is sent to the login page with a general word.
 */
class SignedInSessions implements SessionInformationExpiredStrategy {

    private static final Logger log = LoggerFactory.getLogger(SignedInSessions.class);

    private final SessionRegistry registry;
    /** The last change per user id: a cooperative has tens of accounts. */
    private final Map<String, Change> changes = new ConcurrentHashMap<>();
    private final RedirectStrategy redirect = new DefaultRedirectStrategy();

    SignedInSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /** After the change committed: a change rolled back ends nothing. */
    @TransactionalEventListener(fallbackExecution = true)
    void accessChanged(AccountAccessChanged event) {
        changes.put(event.userId(), event.change());
        List<SessionInformation> sessions = registry.getAllSessions(SignedInUser.named(event.userId()), false);
        sessions.forEach(SessionInformation::expireNow);
        log.info("Ended {} session(s) of {}: {} changed", sessions.size(), event.userId(),
                event.change().name().toLowerCase(Locale.ROOT));
    }

    @Override
    public void onExpiredSessionDetected(SessionInformationExpiredEvent event) throws IOException {
        Object principal = event.getSessionInformation().getPrincipal();
        String userId = principal instanceof Principal named ? named.getName() : String.valueOf(principal);
        Change change = changes.get(userId);
        HttpServletRequest request = event.getRequest();
        redirect.sendRedirect(request, event.getResponse(),
                "/login?ended=" + (change == null ? "session" : change.name().toLowerCase(Locale.ROOT)));
    }
}
