package be.actraject.domain.trajectory;

import java.time.LocalDate;
import java.time.Period;

/**
 * How the cooperative counts a period from a date, such as the six months of phases 1–3 from the date of entry
 * (the domain document: "phases 1–3 together take at most 6 months; phase 4 at most 12"; issue 14, "Dates that add
 * up"). The period runs <em>date to date</em>: it ends on the day before the same date so many months later, so a
 * candidate who entered on 28 August 2026 has up to and including 27 February 2027. When that date does not exist
 * (30 February, 29 February in a common year), the period ends on the last day of that month: an entry on 29, 30
 * or 31 August 2026 gives 28 February 2027, and one on 31 August 2027 gives 29 February 2028. A later entry thus
 * never ends earlier, and every month of the period is a whole month. Days in the period count after the months.
 */
public final class DateToDate {

    private DateToDate() {
    }

    /** The last day of a period that starts on (and counts) {@code first}. */
    public static LocalDate lastDay(LocalDate first, Period length) {
        LocalDate sameDate = first.plusMonths(length.toTotalMonths());
        // A missing date was moved back to the month's last day by plusMonths: the whole month is in the period.
        boolean missing = sameDate.getDayOfMonth() != first.getDayOfMonth();
        LocalDate dayAfter = missing ? sameDate.plusDays(1) : sameDate;
        return dayAfter.plusDays(length.getDays()).minusDays(1);
    }
}
