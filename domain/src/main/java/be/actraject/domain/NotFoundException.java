package be.actraject.domain;

/**
 * Something asked for by its id that does not exist, or no longer does: a candidate, a task, a model version. The
 * web answers every subtype with its "not found" page (HTTP 404), so a new kind of thing needs no new mapping there.
 * Whether the asker may see the thing is a separate question, answered by the access exceptions in
 * {@link be.actraject.domain.access}.
 */
public abstract class NotFoundException extends RuntimeException {

    /** @param message what was looked for and by which id, for the log; never shown to the user */
    protected NotFoundException(String message) {
        super(message);
    }
}
