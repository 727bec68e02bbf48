package be.actraject.web.error;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Catches what no one else answered — an exception out of a controller that no {@code @ExceptionHandler} or Spring
 * MVC mapping took, or out of a filter (signing in while the database is away) — before it reaches Tomcat, which would
 * log its stack trace and then show its own page. Instead the status goes to {@link ErrorPageController} with the
 * exception, which tells a 500 from a database outage (503) and logs the one line (and a 500's stack trace, once).
 * <p>
 * Outside Spring Security's filters, so that these see their own exceptions first (login page, 403). A response
 * already sent in part cannot become an error page: that is left to Tomcat.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class FailedRequestFilter extends OncePerRequestFilter {

    /** The request attribute that hands the exception to the error page. */
    static final String FAILURE = FailedRequestFilter.class.getName() + ".FAILURE";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (response.isCommitted()) {
                throw e;
            }
            request.setAttribute(FAILURE, unwrap(e));
            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
    }

    /** Spring MVC wraps what a controller threw: "Request processing failed: …". */
    private static Throwable unwrap(Exception e) {
        Throwable failure = e;
        while (failure instanceof ServletException && failure.getCause() != null) {
            failure = failure.getCause();
        }
        return failure;
    }
}
