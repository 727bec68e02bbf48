package be.actraject.web.security;

import be.actraject.domain.audit.AuditLog;
import be.actraject.domain.audit.AuditReason;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * Keeps a trace of every refusal: a log line with who tried what and why, and — for a change someone signed in tried
 * (a POST, PUT, PATCH or DELETE) — an entry in the audit log, which administrators read. The refused change itself
 * wrote nothing; its entry is written on its own ({@link AuditLog#recordRefusal}).
 */
@Component
public class RefusedChanges {

    private static final Logger log = LoggerFactory.getLogger(RefusedChanges.class);
    private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final AuditLog audit;

    RefusedChanges(AuditLog audit) {
        this.audit = audit;
    }

    /**
     * @param reason    why it was refused, for the audit log, which says it in its reader's language
     * @param logReason the same for the log line, as the refusal says it (the exception's message: it names the user
     *                  and the action or trajectory, never the data typed)
     */
    public void record(HttpServletRequest request, AuditReason reason, String logReason) {
        String attempted = request.getMethod() + " " + request.getRequestURI().substring(
                request.getContextPath().length());
        String user = signedIn();
        log.warn("Refused {} to {}: {}", attempted, user == null ? "(not signed in)" : user, logReason);
        if (user == null || !CHANGING.contains(request.getMethod())) {
            return;
        }
        try {
            audit.recordRefusal(user, attempted, reason);
        } catch (RuntimeException e) {
            // The answer stays a refusal even when the audit log cannot be written; the log line above remains.
            log.error("Could not audit the refusal of {} to {}", attempted, user, e);
        }
    }

    private static String signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                ? user.userId() : null;
    }
}
