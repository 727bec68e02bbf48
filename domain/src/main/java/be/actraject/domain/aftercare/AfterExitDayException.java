package be.actraject.domain.aftercare;

import be.actraject.domain.RefusedException;

import java.time.LocalDate;

/**
 * A day of aftercare lies from the exit up to today; the message names both days ({@code {0}} the exit, {@code {1}}
 * today), so that it says the same as the date picker, which offers just those days.
 */
public abstract class AfterExitDayException extends RefusedException {

    private final LocalDate exit;
    private final LocalDate today;

    protected AfterExitDayException(String messageKey, String what, LocalDate exit, LocalDate today) {
        super(messageKey, what + " lies between the exit (" + exit + ") and today (" + today + ")", exit, today);
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
