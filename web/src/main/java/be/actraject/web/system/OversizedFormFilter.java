package be.actraject.web.system;

import be.actraject.bpmn.models.ModelValidator;
import be.actraject.web.error.ErrorPage;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * A form sent as {@code application/x-www-form-urlencoded} above Tomcat's limit for it
 * ({@code server.tomcat.max-http-form-post-size}) is answered 413, with a text that says so, before Spring Security
 * looks for its CSRF token among fields Tomcat did not read (a bare 403) or a controller misses its fields (a 400).
 * The process modeler sends the model's XML this way: its validation and deployment get the model's own limit
 * ({@link ModelValidator#MAX_BYTES}) in the reader's language, as the JSON the modeler shows.
 * <p>
 * Judged by the declared length before anything reads the body; a body sent in chunks is read (as the CSRF filter
 * would) and judged by Tomcat's verdict on it.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER - 10)
class OversizedFormFilter extends OncePerRequestFilter {

    /** Tomcat's request attribute that says why the parameters could not be read ({@code Globals}). */
    static final String PARSE_FAILED_REASON = "org.apache.catalina.parameter_parse_failed_reason";
    private static final Set<String> MODELER = Set.of("/models/validate", "/models/deploy");

    private final long maxFormBytes;

    /** @param maxFormSize Tomcat's limit for a form's body; its default (2 MB) when not set */
    OversizedFormFilter(@Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize maxFormSize) {
        this.maxFormBytes = maxFormSize.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return maxFormBytes < 0 || !"POST".equals(request.getMethod())
                || type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxFormBytes || (request.getContentLengthLong() < 0 && refused(request))) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (MODELER.contains(path)) {
                request.setAttribute(ErrorPage.TEXT, new DefaultMessageSourceResolvable(
                        new String[] {"model.problem.TOO_LARGE"}, new Object[] {ModelValidator.MAX_BYTES / 1024}));
            }
            response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
            return;
        }
        chain.doFilter(request, response);
    }

    /** Reads the fields, as the first filter to ask for one would: did Tomcat find the body too large? */
    private static boolean refused(HttpServletRequest request) {
        request.getParameterNames();
        Object reason = request.getAttribute(PARSE_FAILED_REASON);
        return reason != null && "POST_TOO_LARGE".equals(reason.toString());
    }
}
