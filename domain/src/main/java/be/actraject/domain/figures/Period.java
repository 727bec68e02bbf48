package be.actraject.domain.figures;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * The days a figure is counted over, both included: {@code from} up to and including {@code to}. It may run into
 * the future (this year, asked in March) but not start there, and never ends before it starts.
 *
 * @param from the first day counted
 * @param to   the last day counted, not before {@code from}
 */
public record Period(LocalDate from, LocalDate to) {

    /**
     * The first day a period may start on. The cooperative's records start in this century; 1900 leaves room for any
     * date of birth or archive typed in, while a year such as 0001 or -999999999 is a typing slip whose period (and
     * the one before it, or its first moment in a time zone) would count nothing or fall outside what a date can hold.
     */
    public static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
    /** The last day a period may end on: the last of four-digit years, so the day after it is still a date. */
    public static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    /**
     * @throws PeriodEndsBeforeStartException when {@code to} is before {@code from}
     * @throws PeriodOutOfRangeException      when {@code from} is before {@link #FIRST_DAY} or {@code to} after
     *                                        {@link #LAST_DAY}
     */
    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isBefore(FIRST_DAY)) {
            throw PeriodOutOfRangeException.tooEarly(from);
        }
        if (to.isAfter(LAST_DAY)) {
            throw PeriodOutOfRangeException.tooLate(to);
        }
        if (to.isBefore(from)) {
            throw new PeriodEndsBeforeStartException(from, to);
        }
    }

    /**
     * A period asked for by a person, checked against the cooperative's clock: a period that starts after today has
     * nothing to count yet, and saying "0" would read as a result. Its figures are compared with {@link
     * #previous()}, so that one too must start on or after {@link #FIRST_DAY}.
     *
     * @throws PeriodEndsBeforeStartException when {@code to} is before {@code from}
     * @throws PeriodInTheFutureException     when {@code from} is after today on the clock
     * @throws PeriodOutOfRangeException      when it, or the period before it, starts before {@link #FIRST_DAY}
     *                                        (the message names the day asked), or it ends after {@link #LAST_DAY}
     */
    public static Period of(LocalDate from, LocalDate to, Clock clock) {
        Period period = new Period(from, to);
        LocalDate today = LocalDate.now(clock);
        if (from.isAfter(today)) {
            throw new PeriodInTheFutureException(from, today);
        }
        try {
            period.previous();
        } catch (PeriodOutOfRangeException comparedTooEarly) {
            throw PeriodOutOfRangeException.tooEarly(from);
        }
        return period;
    }

    /** A calendar year, 1 January to 31 December. */
    public static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The number of days, both ends counted (a year is 365 or 366). */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /**
     * The period to compare with, as a reader expects it. One that starts on 1 January is compared with the same
     * stretch a year earlier (whole years earlier if it is longer): 2025 with 2024, leap year or not, this year so far
     * with the same days of last year. Any other that starts on the first of a month, with the same stretch as many
     * months earlier as it touches: March with February, a quarter with the quarter before, 1–15 March with 1–15
     * February. A period of whole months is compared with whole months. Any other period: as many days, just before.
     */
    public Period previous() {
        if (from.getDayOfMonth() != 1) {
            return new Period(from.minusDays(days()), from.minusDays(1));
        }
        long months = ChronoUnit.MONTHS.between(from, to) + 1;
        long shift = from.getDayOfYear() == 1 ? 12 * ((months + 11) / 12) : months;
        LocalDate earlierFrom = from.minusMonths(shift);
        boolean wholeMonths = to.equals(to.with(TemporalAdjusters.lastDayOfMonth()));
        return new Period(earlierFrom, wholeMonths ? earlierFrom.plusMonths(months).minusDays(1)
                : to.minusMonths(shift));
    }

    /**
     * The first month whose first day lies in the period: the month of {@code from} when it is the 1st, else the
     * next. A figure counting monthly records (a statement for {@code yyyy-MM}) counts the months from it up to the
     * month of {@code to}; a period within one month not starting on the 1st has none.
     */
    public YearMonth firstMonth() {
        YearMonth month = YearMonth.from(from);
        return from.getDayOfMonth() == 1 ? month : month.plusMonths(1);
    }

    /** The first moment of the period in the zone: midnight starting {@code from}, for events stored as instants. */
    OffsetDateTime startsAt(ZoneId zone) {
        return from.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** The first moment after the period in the zone: midnight after {@code to}. */
    OffsetDateTime endsBefore(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }
}
