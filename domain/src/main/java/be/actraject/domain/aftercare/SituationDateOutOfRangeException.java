package be.actraject.domain.aftercare;

import java.time.LocalDate;

/**
 * The situation a follow-up reports started between the exit and today: an earlier one belongs to the trajectory.
 */
public class SituationDateOutOfRangeException extends AfterExitDayException {

    public SituationDateOutOfRangeException(LocalDate exit, LocalDate today) {
        super("aftercare.since.range", "The start of the situation a follow-up reports", exit, today);
    }
}
