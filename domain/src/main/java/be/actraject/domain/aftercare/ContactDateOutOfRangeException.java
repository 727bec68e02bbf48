package be.actraject.domain.aftercare;

import java.time.LocalDate;

/** A follow-up is dated between the exit and today. */
public class ContactDateOutOfRangeException extends RuntimeException {

    public ContactDateOutOfRangeException(LocalDate exit) {
        super("A follow-up is dated between the exit (" + exit + ") and today");
    }
}
