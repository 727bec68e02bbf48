package be.actraject.web.error;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

import java.util.Map;

/**
 * The container's error page: what the application did not answer itself comes here — a status sent by Spring
 * Security (403, a missing CSRF token too) or by Spring MVC (400 for an unreadable parameter, 405, 404 without a
 * handler), an exception that nothing handled ({@link FailedRequestFilter}: 500, or 503 when the database is away) —
 * and gets our page instead of Tomcat's. A direct visit to {@code /error} is a 404: there is no such page. Replaces
 * Spring Boot's {@code BasicErrorController}.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorPageController implements ErrorController {

    /** The kind of a 403 for a form whose CSRF token is missing or stale. */
    static final String CSRF = "403.csrf";

    private final ErrorAttributes errors;
    private final MessageSource messages;

    ErrorPageController(ErrorAttributes errors, MessageSource messages) {
        this.errors = errors;
        this.messages = messages;
    }

    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request) {
        Failure failure = failure(request);
        ModelAndView page = ErrorPage.render(request, failure.status(), failure.error(), failure.traceable());
        String kind = kind(request, (String) page.getModel().get("kind"));
        page.addObject("kind", kind);
        if (request.getAttribute(ErrorPage.TEXT) instanceof MessageSourceResolvable text) {
            page.addObject("text", messages.getMessage(text, LocaleContextHolder.getLocale()));
        }
        return page;
    }

    /**
     * For a script that asked for JSON (the modeler's validation and deployment): the status, the reference and the
     * page's text in the reader's language.
     */
    @RequestMapping
    ResponseEntity<Map<String, Object>> json(HttpServletRequest request) {
        Failure failure = failure(request);
        ModelAndView page = ErrorPage.render(request, failure.status(), failure.error(), failure.traceable());
        String kind = kind(request, (String) page.getModel().get("kind"));
        String text = request.getAttribute(ErrorPage.TEXT) instanceof MessageSourceResolvable own
                ? messages.getMessage(own, LocaleContextHolder.getLocale())
                : messages.getMessage("error." + kind + ".text", null, LocaleContextHolder.getLocale());
        return ResponseEntity.status(failure.status()).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("status", failure.status().value(), "reference", page.getModel().get("reference"),
                        "message", text));
    }

    /**
     * Signed in, but the form's token is missing or not this session's (a form left open across a new sign-in, a
     * second tab, a script without the token): not "not yours", just a form to load again — a title and text of
     * its own.
     */
    private static String kind(HttpServletRequest request, String kind) {
        return "403".equals(kind) && request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException
                ? CSRF : kind;
    }

    private Failure failure(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Throwable error = request.getAttribute(FailedRequestFilter.FAILURE) instanceof Throwable failure ? failure
                : errors.getError(new ServletWebRequest(request));
        if (!(code instanceof Integer value)) {
            return new Failure(HttpStatus.NOT_FOUND, null, false);
        }
        HttpStatusCode status = HttpStatusCode.valueOf(value);
        if (status.value() == 500 && DatabaseOutage.causes(error)) {
            status = HttpStatus.SERVICE_UNAVAILABLE;
        }
        // An exception that reached the container was logged there with its stack trace already.
        boolean traceable = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) == null;
        return new Failure(status, error, traceable);
    }

    private record Failure(HttpStatusCode status, Throwable error, boolean traceable) {
    }
}
