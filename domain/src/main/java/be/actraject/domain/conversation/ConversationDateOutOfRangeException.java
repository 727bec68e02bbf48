package be.actraject.domain.conversation;

import be.actraject.domain.RefusedException;
import java.time.LocalDate;

/**
 * A conversation is held from the trajectory's start (the date of entry) up to today: one refusal for a day before,
 * in the future or in any absurd year, whose message names both days ({@code {0}} the start, {@code {1}} today), the
 * very days the date picker offers.
 */
public class ConversationDateOutOfRangeException extends RefusedException {

    private final LocalDate startDate;
    private final LocalDate today;

    public ConversationDateOutOfRangeException(LocalDate startDate, LocalDate today) {
        super("conversation.heldOn.range", "A conversation is held from the trajectory's start " + startDate
                + " up to today " + today, startDate, today);
        this.startDate = startDate;
        this.today = today;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate today() {
        return today;
    }
}
