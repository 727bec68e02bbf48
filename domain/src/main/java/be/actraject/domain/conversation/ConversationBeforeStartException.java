package be.actraject.domain.conversation;

import java.time.LocalDate;

/** A conversation cannot be held before the trajectory started. */
public class ConversationBeforeStartException extends RuntimeException {

    private final LocalDate startDate;

    public ConversationBeforeStartException(LocalDate startDate) {
        super("A conversation cannot be held before the trajectory started on " + startDate);
        this.startDate = startDate;
    }

    public LocalDate startDate() {
        return startDate;
    }
}
