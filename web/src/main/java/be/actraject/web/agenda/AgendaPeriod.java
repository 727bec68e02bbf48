package be.actraject.web.agenda;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * The days an agenda page shows: an ISO week (Monday to Sunday) around a day, or the whole weeks that hold a
 * month. {@code until} is exclusive.
 */
public record AgendaPeriod(boolean month, LocalDate anchor, LocalDate from, LocalDate until) {

    static AgendaPeriod week(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new AgendaPeriod(false, day, monday, monday.plusWeeks(1));
    }

    static AgendaPeriod month(LocalDate day) {
        LocalDate first = day.withDayOfMonth(1);
        return new AgendaPeriod(true, day, first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                first.with(TemporalAdjusters.lastDayOfMonth()).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY))
                        .plusDays(1));
    }

    /** The same view a week or a month earlier; a month always from its first day, so the 31st never skips one. */
    public LocalDate previous() {
        return month ? anchor.withDayOfMonth(1).minusMonths(1) : anchor.minusWeeks(1);
    }

    public LocalDate next() {
        return month ? anchor.withDayOfMonth(1).plusMonths(1) : anchor.plusWeeks(1);
    }

    /** The ISO week number of a week view. */
    public int weekNumber() {
        return from.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    /** The last day shown. */
    public LocalDate lastDay() {
        return until.minusDays(1);
    }

    /** Whether a day belongs to the month or week asked for (a month view also shows the ends of its weeks). */
    public boolean holds(LocalDate day) {
        return month ? day.getMonth() == anchor.getMonth() && day.getYear() == anchor.getYear()
                : !day.isBefore(from) && day.isBefore(until);
    }
}
