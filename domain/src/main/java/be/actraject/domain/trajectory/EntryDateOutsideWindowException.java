package be.actraject.domain.trajectory;

import be.actraject.domain.RefusedException;

import java.time.LocalDate;

/**
 * A corrected date of entry outside its plausible window ({@link EntryDateCorrections#window}); the message names
 * the window, whose dates the web formats in the reader's language.
 */
public class EntryDateOutsideWindowException extends RefusedException {

    private final LocalDate earliest;
    private final LocalDate latest;

    public EntryDateOutsideWindowException(LocalDate day, LocalDate earliest, LocalDate latest) {
        super("correction.dateOfEntry.window", "Date of entry " + day + " outside " + earliest + " – " + latest,
                earliest, latest);
        this.earliest = earliest;
        this.latest = latest;
    }

    public LocalDate earliest() {
        return earliest;
    }

    public LocalDate latest() {
        return latest;
    }
}
