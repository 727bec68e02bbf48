package be.actraject.domain.aftercare;

import be.actraject.domain.RefusedException;

import java.time.LocalDate;

/** A follow-up is dated between the exit and today; the message names both days. */
public class ContactDateOutOfRangeException extends RefusedException {

    private final LocalDate exit;
    private final LocalDate today;

    public ContactDateOutOfRangeException(LocalDate exit, LocalDate today) {
        super("aftercare.date.range", "A follow-up is dated between the exit (" + exit + ") and today (" + today + ")",
                exit, today);
        this.exit = exit;
        this.today = today;
    }

    public LocalDate exit() {
        return exit;
    }

    public LocalDate today() {
        return today;
    }
}
