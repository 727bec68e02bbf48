package be.actraject.domain.sector;

import be.actraject.domain.RefusedException;

import java.time.LocalDate;

/**
 * An introduction dated outside the candidate's coaching so far: before the date of entry (the coaching had not
 * begun, so it cannot be one of the prospecting's activities) or after today (an introduction is recorded once it
 * happened). One refusal for both sides and for any year, whose message names both days ({@code {0}} the date of
 * entry, {@code {1}} today), the very days the date picker offers.
 */
public class IntroductionDateOutOfRangeException extends RefusedException {

    private final LocalDate dateOfEntry;
    private final LocalDate today;

    public IntroductionDateOutOfRangeException(long trajectoryId, LocalDate on, LocalDate dateOfEntry,
                                               LocalDate today) {
        super("introduction.date.range", "Introduction on " + on + " outside the date of entry " + dateOfEntry
                + " up to today " + today + " of trajectory " + trajectoryId, dateOfEntry, today);
        this.dateOfEntry = dateOfEntry;
        this.today = today;
    }

    /** For the message, formatted as the screens show dates. */
    public LocalDate dateOfEntry() {
        return dateOfEntry;
    }

    public LocalDate today() {
        return today;
    }
}
