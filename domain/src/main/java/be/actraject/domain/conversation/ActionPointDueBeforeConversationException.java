package be.actraject.domain.conversation;

/** An action point due before the conversation that agreed it. */
public class ActionPointDueBeforeConversationException extends RuntimeException {

    private final int index;

    public ActionPointDueBeforeConversationException(int index) {
        super("Action point " + index + " is due before the conversation");
        this.index = index;
    }

    /** The position of the action point in the report, from 0. */
    public int index() {
        return index;
    }
}
