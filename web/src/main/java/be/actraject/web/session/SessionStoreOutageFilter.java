package be.actraject.web.session;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Ends a request at once when the session store failed while it was read (after Spring Security, which reads it):
 * the database is away, and the controller would only wait for the pool again. The exception goes to the outage page
 * (503) as any other database failure does ({@code web.error.FailedRequestFilter}). The outer half, before the session
 * filter, clears what an earlier request on this thread left.
 */
final class SessionStoreOutageFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SessionStoreOutage.wasSeen()) {
            throw new DataAccessResourceFailureException("The session store did not answer");
        }
        chain.doFilter(request, response);
    }

    /** Before the session filter: every request starts and ends with a clean slate on its thread. */
    static final class Reset extends OncePerRequestFilter {

        @Override
        protected boolean shouldNotFilterErrorDispatch() {
            return true;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            SessionStoreOutage.reset();
            try {
                chain.doFilter(request, response);
            } finally {
                SessionStoreOutage.reset();
            }
        }
    }
}
