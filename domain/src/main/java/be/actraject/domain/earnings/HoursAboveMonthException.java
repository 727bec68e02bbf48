package be.actraject.domain.earnings;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * More hours than the month has: its days × 24 (672 in February 2026, 720 in November, 744 in a month of 31 days).
 * {@link be.actraject.domain.number.NumberKind#HOURS} bounds any month at 744; this is the month's own ceiling.
 */
public class HoursAboveMonthException extends IllegalArgumentException {

    private final YearMonth month;

    public HoursAboveMonthException(YearMonth month, BigDecimal hours) {
        super("At most " + ceiling(month) + " hours in " + month + ": " + hours);
        this.month = month;
    }

    public YearMonth month() {
        return month;
    }

    /** The hours a month has: its number of days × 24. */
    public static BigDecimal ceiling(YearMonth month) {
        return BigDecimal.valueOf(month.lengthOfMonth() * 24L);
    }

    /** Whether the hours are more than the month has. */
    public static boolean above(YearMonth month, BigDecimal hours) {
        return hours != null && month != null && hours.compareTo(ceiling(month)) > 0;
    }
}
