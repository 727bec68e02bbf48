package be.actraject.domain.sector;

import be.actraject.domain.RefusedException;

import java.time.LocalDate;

/**
 * An introduction dated before the candidate's date of entry: the coaching had not begun, so it cannot be one of
 * the prospecting's activities.
 */
public class IntroductionBeforeEntryException extends RefusedException {

    private final LocalDate dateOfEntry;

    public IntroductionBeforeEntryException(long trajectoryId, LocalDate on, LocalDate dateOfEntry) {
        super("introduction.beforeEntry", "Introduction on " + on + " before entry " + dateOfEntry
                + " of trajectory " + trajectoryId, dateOfEntry);
        this.dateOfEntry = dateOfEntry;
    }

    /** For the message, formatted as the screens show dates. */
    public LocalDate dateOfEntry() {
        return dateOfEntry;
    }
}
