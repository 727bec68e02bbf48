package be.actraject.bpmn.identity;

/**
 * Published by {@link AccountAdministration} when what an account may do, or how it signs in, changed under the
 * sessions it already has: its roles, or a new password an administrator set. Delivered to listeners once the change
 * is committed (a {@code @TransactionalEventListener}); the web ends the account's sessions, so that its next request
 * signs in again and gets the roles as they are now. The bpmn module knows no sessions: this event is all it says.
 *
 * @param userId the engine's user id of the account
 * @param change what changed
 */
public record AccountAccessChanged(String userId, Change change) {

    public enum Change {
        /** Its roles: a session would keep the roles it signed in with. */
        ROLES,
        /** An administrator set a new password: whoever signed in with the old one signs in again. */
        PASSWORD
    }
}
