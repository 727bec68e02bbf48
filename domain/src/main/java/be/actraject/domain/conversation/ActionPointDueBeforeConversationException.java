package be.actraject.domain.conversation;

import be.actraject.domain.RefusedException;

/** An action point due before the conversation that agreed it. */
public class ActionPointDueBeforeConversationException extends RefusedException {

    private final int index;

    public ActionPointDueBeforeConversationException(int index) {
        super("conversation.actionPoint.dueOn.beforeHeldOn",
                "Action point " + index + " is due before the conversation");
        this.index = index;
    }

    /** The position of the action point in the report, from 0. */
    public int index() {
        return index;
    }
}
