package be.actraject.bpmn.identity;

import be.actraject.workflow.Role;

import java.time.Instant;
import java.util.Set;

/** An account as the administrators' list shows it. */
public record AccountSummary(String userId, String firstName, String lastName, String email, Set<Role> roles,
                             Instant lockedUntil, int failedAttempts) {

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public String displayName() {
        return new Account(userId, firstName, lastName, roles).displayName();
    }
}
