package be.actraject.web.error;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.ModelAndView;

import java.security.SecureRandom;
import java.util.Map;
import java.util.Set;

/**
 * The page of a failed request, and its one log line. Each failure gets a reference (8 characters from
 * {@link #ALPHABET}) that the page shows and the log line carries, so that what a user reads out on the phone finds
 * the line. The line says the status, the reference, the user ({@code anonymous} before login), the method, the path
 * and the exception's class and message (and those of its root cause); only a 500 — a fault of ours, not of the
 * request or the database — adds the stack trace, once.
 * <p>
 * Static, so that the {@code @ControllerAdvice} handlers of the {@code @WebMvcTest} slices render the same page
 * without a bean of their own.
 */
public final class ErrorPage {

    /**
     * A request attribute for a text more precise than the status's own (a {@code MessageSourceResolvable}): what was
     * too large, and its limit, say. Set before {@code sendError}; the page and the JSON answer show it instead.
     */
    public static final String TEXT = ErrorPage.class.getName() + ".TEXT";

    /** The template of every error page. */
    public static final String VIEW = "error/page";
    /** The kind of a 403 for a candidate outside the reader's caseload: its own title, text and link to the list. */
    public static final String NOT_IN_CASELOAD = "403.caseload";
    /** The kind of a 403 for a task that is not (or no longer) the reader's: its own text and link to the worklist. */
    public static final String NOT_YOUR_TASK = "403.task";

    /** No 0/O or 1/I/L: read out over the phone without doubt. */
    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    /** The statuses with a text of their own; any other 4xx reads as a 400, any other 5xx as a 500. */
    private static final Set<Integer> OWN_TEXT = Set.of(400, 403, 404, 405, 413, 503);

    private static final Logger log = LoggerFactory.getLogger(ErrorPage.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorPage() {
    }

    /**
     * Logs the failure and gives the page for it.
     *
     * @param status the status the response gets
     * @param error  what failed, or null when nothing was thrown (a 404 of the container, a direct visit)
     * @return the page's view with {@code status}, {@code kind} (the message key's middle part) and {@code reference}
     */
    public static ModelAndView render(HttpServletRequest request, HttpStatusCode status, Throwable error) {
        return render(request, status, error, true);
    }

    /**
     * @param traceable whether a 500's stack trace still needs logging (not when the servlet container logged it
     *                  already, for an exception that escaped to it)
     */
    static ModelAndView render(HttpServletRequest request, HttpStatusCode status, Throwable error,
                               boolean traceable) {
        String reference = reference();
        log(request, status, error, reference, traceable);
        return new ModelAndView(VIEW, Map.of("status", status.value(), "kind", kind(status),
                "reference", reference), status);
    }

    /**
     * The middle part of the page's message keys, {@code error.<kind>.title} and {@code error.<kind>.text}. A 403
     * before login has a text of its own: there it is nearly always a login form that outlived its session (its CSRF
     * token), not something that belongs to someone else.
     */
    static String kind(HttpStatusCode status) {
        if (status.value() == 403 && user() == null) {
            return "403.anonymous";
        }
        if (OWN_TEXT.contains(status.value())) {
            return Integer.toString(status.value());
        }
        return status.is4xxClientError() ? "400" : "generic";
    }

    static String reference() {
        StringBuilder reference = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            reference.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return reference.toString();
    }

    private static void log(HttpServletRequest request, HttpStatusCode status, Throwable error, String reference,
                            boolean traceable) {
        String user = user();
        String line = "HTTP %d ref=%s user=%s %s %s: %s".formatted(status.value(), reference,
                user == null ? "anonymous" : user,
                request.getMethod(), path(request), describe(error));
        if (status.value() == 500 && traceable && error != null) {
            log.error(line, error);
        } else if (status.is5xxServerError()) {
            log.error(line);
        } else if (status.value() == 403) {
            // A refusal may be someone trying what is not theirs: worth a look, unlike a mistyped address.
            log.warn(line);
        } else {
            log.info(line);
        }
    }

    /** @return the signed-in user's id, or null before login */
    private static String user() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        return who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated()
                ? null : clean(who.getName());
    }

    /** The path asked for: in the container's error dispatch the request's own URI is the error page's. */
    private static String path(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return clean(original != null ? original.toString() : request.getRequestURI());
    }

    private static String describe(Throwable error) {
        if (error == null) {
            return "-";
        }
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String described = error.getClass().getName() + ": " + error.getMessage();
        if (root != error) {
            described += " (root cause " + root.getClass().getName() + ": " + root.getMessage() + ")";
        }
        return clean(described);
    }

    /** Typed input (a path, a parameter in a message) must not start a forged log line. */
    private static String clean(String text) {
        return text == null ? "" : text.replaceAll("\\p{Cntrl}", "?");
    }
}
