package be.actraject.domain.aftercare;

import be.actraject.domain.RefusedException;

import java.time.LocalDate;

/**
 * The situation a follow-up reports started between the exit and today: an earlier one belongs to the trajectory.
 * The message names both days.
 */
public class SituationDateOutOfRangeException extends RefusedException {

    private final LocalDate exit;
    private final LocalDate today;

    public SituationDateOutOfRangeException(LocalDate exit, LocalDate today) {
        super("aftercare.since.range", "A situation after the exit started between the exit (" + exit + ") and today ("
                + today + ")", exit, today);
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
