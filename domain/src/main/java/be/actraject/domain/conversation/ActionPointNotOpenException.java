package be.actraject.domain.conversation;

/**
 * A review of an action point that is no longer open, or not of this trajectory: the form was stale (another
 * conversation reviewed it meanwhile) or tampered with. Nothing of the conversation is written.
 */
public class ActionPointNotOpenException extends RuntimeException {

    private final long actionPointId;

    public ActionPointNotOpenException(long actionPointId) {
        super("Action point " + actionPointId + " is not open in this trajectory");
        this.actionPointId = actionPointId;
    }

    public long actionPointId() {
        return actionPointId;
    }
}
