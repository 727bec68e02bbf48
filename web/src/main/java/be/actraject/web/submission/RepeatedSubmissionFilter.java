package be.actraject.web.submission;

import be.actraject.web.system.Flash;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.support.SessionFlashMapManager;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * Handles a form once: the first arrival of its {@value SubmissionFields#FIELD} token goes on to the controller; an
 * arrival while that one is still being handled waits for it (at most {@link #WAIT}); any later arrival is not handled
 * again but sent (303) where the first one went, with a message that says so. A first arrival that did not end in a
 * redirect — a form sent back with its errors, a failure — gives its token back, so that the corrected form can be
 * sent. A POST without the field (the modeler's fetch calls, a client of the API) passes unchanged.
 * <p>
 * After Spring Security: a request it refuses (no CSRF token, not signed in) never uses up a token.
 */
class RepeatedSubmissionFilter extends OncePerRequestFilter {

    static final String REPEATED = "submission.repeated";
    /** Long enough for any form's handling; short enough that nobody thinks the page hangs. */
    static final Duration WAIT = Duration.ofSeconds(5);
    /** A token is a UUID; anything much longer is not ours and is not worth remembering. */
    private static final int MAX_TOKEN_LENGTH = 64;
    private static final Logger log = LoggerFactory.getLogger(RepeatedSubmissionFilter.class);
    /** A signed-in user's name fits the ledger's column; anything longer is not worth remembering. */
    private static final int MAX_OWNER_LENGTH = 100;

    private final FlashMapManager flashMaps = new SessionFlashMapManager();
    private final SubmissionLedger ledger;

    RepeatedSubmissionFilter(SubmissionLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = request.getParameter(SubmissionFields.FIELD);
        // The user, not the session: a sign-in renews the session, and the form stays the user's.
        String owner = request.getRemoteUser();
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN_LENGTH || owner == null
                || owner.length() > MAX_OWNER_LENGTH) {
            chain.doFilter(request, response);
            return;
        }
        Optional<SubmissionLedger.Repeat> repeat;
        try {
            repeat = ledger.arrive(owner, token, WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServletException("Interrupted while a form's first arrival was handled", e);
        }
        if (repeat.isPresent()) {
            answerRepeat(request, response, repeat.get());
            return;
        }
        RedirectCapture captured = new RedirectCapture(response);
        boolean handled = false;
        try {
            chain.doFilter(request, captured);
            Optional<String> location = captured.location();
            if (location.isPresent()) {
                ledger.handled(owner, token, location.get());
                handled = true;
            }
        } finally {
            if (!handled) {
                ledger.release(owner, token);
            }
        }
    }

    /**
     * Sends a repeat where the first arrival went, or back to the form's page when that is not known yet. The first
     * arrival's message for that page is dropped when nobody saw it (a double click: the browser showed only the
     * second answer): the page then says once that the form was handled once.
     */
    private void answerRepeat(HttpServletRequest request, HttpServletResponse response,
                              SubmissionLedger.Repeat repeat) {
        Target target = repeat.location().map(Target::of).orElseGet(() -> Target.back(request));
        log.info("Form sent again to {}: not handled again, sent to {}", request.getRequestURI(), target.location());
        flashMaps.retrieveAndUpdate(target.request(request), response);
        FlashMap flash = new FlashMap();
        flash.put(Flash.ATTRIBUTE, Flash.warning(REPEATED));
        flash.setTargetRequestPath(target.path());
        flashMaps.saveOutputFlashMap(flash, request, response);
        request.setAttribute(DispatcherServlet.OUTPUT_FLASH_MAP_ATTRIBUTE, flash);
        response.setStatus(HttpStatus.SEE_OTHER.value());
        response.setHeader(HttpHeaders.LOCATION, response.encodeRedirectURL(target.location()));
    }
}
