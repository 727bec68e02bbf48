package be.actraject.domain.conversation;

import be.actraject.domain.RefusedException;

/**
 * A review of an action point that is no longer open, or not of this trajectory: the form was stale (another
 * conversation reviewed it meanwhile) or tampered with. Nothing of the conversation is written.
 */
public class ActionPointNotOpenException extends RefusedException {

    private final long actionPointId;

    public ActionPointNotOpenException(long actionPointId) {
        super("conversation.actionPoint.stale", "Action point " + actionPointId + " is not open in this trajectory");
        this.actionPointId = actionPointId;
    }

    public long actionPointId() {
        return actionPointId;
    }
}
