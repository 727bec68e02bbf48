package be.actraject.domain.aftercare;

import java.time.LocalDate;

/**
 * The situation a follow-up reports started between the date of entry and today (a job taken before the exit is the
 * exit's reason); the first day named is the date of entry, in {@link #exit()}'s place.
 */
public class SituationDateOutOfRangeException extends AfterExitDayException {

    public SituationDateOutOfRangeException(LocalDate entry, LocalDate today) {
        super("aftercare.since.range", "The start of the situation a follow-up reports", entry, today);
    }
}
