package be.actraject.domain.aftercare;

import be.actraject.domain.RefusedException;
import java.time.LocalDate;

/** A follow-up is dated between the exit and today. */
public class ContactDateOutOfRangeException extends RefusedException {

    public ContactDateOutOfRangeException(LocalDate exit) {
        super("aftercare.date.range", "A follow-up is dated between the exit (" + exit + ") and today");
    }
}
