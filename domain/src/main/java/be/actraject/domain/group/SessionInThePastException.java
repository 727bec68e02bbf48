package be.actraject.domain.group;

import be.actraject.domain.RefusedException;

import java.time.Instant;

/**
 * A collective session planned to start before now, to the minute: its attendance task would come at once (issue 16).
 * A session held earlier is not planned afterwards; its attendance is registered on the session that was planned.
 */
public class SessionInThePastException extends RefusedException {

    public SessionInThePastException(Instant startsAt, Instant now) {
        super("group.session.past", "A session must not start (" + startsAt + ") before now (" + now + ")");
    }
}
