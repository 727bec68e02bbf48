package be.actraject.domain.aftercare;

import java.time.LocalDate;

/** A follow-up's contact is dated between the exit and today. */
public class ContactDateOutOfRangeException extends AfterExitDayException {

    public ContactDateOutOfRangeException(LocalDate exit, LocalDate today) {
        super("aftercare.date.range", "A follow-up's contact", exit, today);
    }
}
