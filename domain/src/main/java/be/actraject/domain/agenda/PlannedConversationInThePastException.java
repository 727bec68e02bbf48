package be.actraject.domain.agenda;

import be.actraject.domain.RefusedException;

import java.time.Instant;

/**
 * A conversation planned today at an hour already past: the day lies in the window (the date picker offers today),
 * so the window's message would not tell what is wrong; this one says the hour has passed.
 */
public class PlannedConversationInThePastException extends RefusedException {

    public PlannedConversationInThePastException(Instant startsAt, Instant now) {
        super("agenda.plan.past", "A planned conversation must not start (" + startsAt + ") before now (" + now + ")");
    }
}
