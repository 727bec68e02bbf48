package be.actraject.domain.conversation;

import be.actraject.domain.RefusedException;
import java.time.LocalDate;

/** A conversation cannot be held before the trajectory started. */
public class ConversationBeforeStartException extends RefusedException {

    private final LocalDate startDate;

    public ConversationBeforeStartException(LocalDate startDate) {
        super("conversation.heldOn.beforeStart",
                "A conversation cannot be held before the trajectory started on " + startDate, startDate);
        this.startDate = startDate;
    }

    public LocalDate startDate() {
        return startDate;
    }
}
