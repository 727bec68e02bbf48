package be.actraject.domain.agenda;

import be.actraject.domain.RefusedException;

import java.time.LocalDate;

/**
 * A conversation planned in the past or further ahead than {@link PlannedConversations#MONTHS_AHEAD} months: a
 * typing error, refused with the window it must fall in.
 */
public class PlannedConversationOutOfWindowException extends RefusedException {

    public PlannedConversationOutOfWindowException(LocalDate earliest, LocalDate latest) {
        super("agenda.plan.window", "A planned conversation must fall between now and " + latest, earliest, latest);
    }
}
