package be.actraject.domain.access;

/** Thrown when an actor's roles do not allow an action at all, whatever the candidate. */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String userId, String action) {
        super("User " + userId + " may not " + action);
    }
}
