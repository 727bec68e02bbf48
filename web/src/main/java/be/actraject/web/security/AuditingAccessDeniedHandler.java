package be.actraject.web.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import be.actraject.domain.audit.AuditReason;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * The refusals of the URL rules ({@link SecurityConfiguration}): recorded as the services' refusals are
 * ({@link RefusedChanges}), then answered with the usual 403 page. A missing or stale CSRF token is no attempt on
 * someone else's data (a form left open past the session, say) and is only answered.
 */
class AuditingAccessDeniedHandler implements AccessDeniedHandler {

    private final RefusedChanges refusals;
    private final AccessDeniedHandler answer = new AccessDeniedHandlerImpl();

    AuditingAccessDeniedHandler(RefusedChanges refusals) {
        this.refusals = refusals;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       AccessDeniedException refusal) throws IOException, ServletException {
        if (!(refusal instanceof CsrfException)) {
            refusals.record(request, AuditReason.of(AuditReason.ROLE_REFUSED, String.join(", ", roles().stream()
                            .map(role -> role.replaceFirst("^ROLE_", "").toLowerCase(Locale.ROOT)).toList())),
                    "The URL rules allow this to other roles than " + roles());
        }
        // Spring's handler keeps the refusal for the error page only when it forwards to a page of its own; ours
        // reads it from here to tell a stale form from a page that is not the user's.
        request.setAttribute(WebAttributes.ACCESS_DENIED_403, refusal);
        answer.handle(request, response, refusal);
    }

    private static List<String> roles() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? List.of() : authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).sorted().toList();
    }
}
