package be.actraject.domain.aftercare;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A follow-up's contact is dated between the exit and today. When the day the situation started is out of range too,
 * that second refusal comes with it ({@link #alsoSince()}), so that the form can say both at once.
 */
public class ContactDateOutOfRangeException extends AfterExitDayException {

    private final transient SituationDateOutOfRangeException alsoSince;

    public ContactDateOutOfRangeException(LocalDate exit, LocalDate today) {
        this(exit, today, false);
    }

    /** @param sinceOutsideToo whether the day the situation started is out of range as well */
    public ContactDateOutOfRangeException(LocalDate exit, LocalDate today, boolean sinceOutsideToo) {
        this(exit, today, sinceOutsideToo, exit);
    }

    /**
     * @param sinceOutsideToo   whether the day the situation started is out of range as well
     * @param situationEarliest the earliest day the situation may have started (the date of entry)
     */
    public ContactDateOutOfRangeException(LocalDate exit, LocalDate today, boolean sinceOutsideToo,
                                          LocalDate situationEarliest) {
        super("aftercare.date.range", "A follow-up's contact", exit, today);
        this.alsoSince = sinceOutsideToo ? new SituationDateOutOfRangeException(situationEarliest, today) : null;
    }

    /** The refusal of the situation's start day as well; empty when that day is within range. */
    public Optional<SituationDateOutOfRangeException> alsoSince() {
        return Optional.ofNullable(alsoSince);
    }
}
