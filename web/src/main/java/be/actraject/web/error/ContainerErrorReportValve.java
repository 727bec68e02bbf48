package be.actraject.web.error;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tomcat's error report for what never reached the application (see {@link ContainerErrorPage}): our static page
 * instead of Tomcat's English one with its version and exception text, and one log line with the page's reference,
 * as {@link ErrorPage} writes for the application's own failures. An answer the application wrote itself is left as
 * it is.
 */
final class ContainerErrorReportValve extends ErrorReportValve {

    private static final Logger log = LoggerFactory.getLogger(ErrorPage.class);

    /**
     * The container's page sets its own, since Spring Security's headers are not there: no script at all, the style
     * sheets from here, no framing.
     */
    static final String POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final ContainerErrorPage page;

    ContainerErrorReportValve(ContainerErrorPage page) {
        this.page = page;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        // As Tomcat's own: only an error (sendError) that nothing has answered yet.
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        String reference = ErrorPage.reference();
        String line = "HTTP %d ref=%s user=anonymous %s %s: refused by the server: %s".formatted(status, reference,
                request.getMethod(), request.getRequestURI(), response.getMessage());
        if (status >= 500) {
            log.error(clean(line));
        } else {
            log.info(clean(line));
        }
        try {
            response.setContentType("text/html");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Content-Security-Policy", POLICY);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Cache-Control", "no-store");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(page.html(status, reference));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client went away, or the response could not take a body: nothing more to tell it.
        }
    }

    /** The request line is whatever the client sent: no control characters into the log. */
    private static String clean(String text) {
        return text.replaceAll("\\p{Cntrl}", "?");
    }
}
