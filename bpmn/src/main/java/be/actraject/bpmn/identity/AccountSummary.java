package be.actraject.bpmn.identity;

import be.actraject.workflow.Role;

import java.time.Instant;
import java.util.Set;

/**
 * An account as the administrators' list shows it.
 *
 * @param lockedUntil       until when wrong passwords lock it (the engine's clock), null when it is not locked now
 * @param permanentlyLocked locked until an administrator unlocks it: never by our settings, but an account may still
 *                          be from before them
 * @param failedAttempts    wrong passwords since the last sign-in, unlock or new password
 */
public record AccountSummary(String userId, String firstName, String lastName, String email, Set<Role> roles,
                             Instant lockedUntil, boolean permanentlyLocked, int failedAttempts) {

    public boolean isLocked() {
        return permanentlyLocked || lockedUntil != null;
    }

    public String displayName() {
        return new Account(userId, firstName, lastName, roles).displayName();
    }
}
