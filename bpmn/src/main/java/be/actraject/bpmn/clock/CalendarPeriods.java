package be.actraject.bpmn.clock;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Periods of whole days, weeks, months and years, added on the cooperative's calendar: fourteen days after
 * 09:00 is 09:00 again, also across a change to or from summer time. The engine adds them in the JVM's zone.
 */
final class CalendarPeriods {

    /** ISO-8601 durations without a time part: those are the ones a change of zone moves. */
    private static final Pattern DATE_ONLY = Pattern.compile("P(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?");

    private CalendarPeriods() {
    }

    /** The period of a text such as {@code P14D} or {@code P1M}; empty for one with hours, minutes or seconds. */
    static Optional<Period> parse(String text) {
        String trimmed = text.trim();
        if (trimmed.length() < 3 || !DATE_ONLY.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        return Optional.of(Period.parse(trimmed));
    }

    /** The moment {@code times} periods after {@code from}, at the same time of day in the zone. */
    static Instant plus(Instant from, Period period, int times, ZoneId zone) {
        return from.atZone(zone).plus(period.multipliedBy(times)).toInstant();
    }
}
