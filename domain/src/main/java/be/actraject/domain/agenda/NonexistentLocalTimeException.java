package be.actraject.domain.agenda;

import be.actraject.domain.RefusedException;

import java.time.LocalDateTime;

/** A time that does not exist on that day in the cooperative's zone: the clocks skip it for summer time. */
public class NonexistentLocalTimeException extends RefusedException {

    public NonexistentLocalTimeException(LocalDateTime time) {
        super("wallClock.nonexistent", "No such time in the cooperative's zone (clocks go forward): " + time);
    }
}
