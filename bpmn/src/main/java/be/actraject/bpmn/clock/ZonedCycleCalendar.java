package be.actraject.bpmn.clock;

import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DateTimeUtil;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.scheduling.support.CronExpression;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Optional;

/**
 * {@code timeCycle} timers in the cooperative's zone. A cron expression (Spring 5.3 syntax, which is what Camunda
 * 7.24's {@code CronTimer} parses) is evaluated on the cooperative's wall clock, so {@code 0 0 6 1 * ?} is 06:00 in
 * Brussels in January and in July. A repeat of whole days or months ({@code R/P14D}, {@code R3/<start>/P1M}) keeps
 * the time of day of its start on that clock; other repeats are the engine's.
 */
class ZonedCycleCalendar extends CycleBusinessCalendar {

    private final ZoneId zone;

    ZonedCycleCalendar(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public Date resolveDuedate(String description, Date startDate, long repeatOffset) {
        Date from = startDate == null ? ClockUtil.getCurrentTime() : startDate;
        if (!description.startsWith("R")) {
            return cron(description, from);
        }
        String[] parts = description.split("/");
        Optional<Period> period = CalendarPeriods.parse(parts[parts.length - 1]);
        boolean withStart = parts.length == 3 && !parts[1].startsWith("P");
        if (period.isEmpty() || !(parts.length == 2 || withStart)) {
            return super.resolveDuedate(description, startDate, repeatOffset);
        }
        Instant start = withStart ? startOf(parts[1]) : from.toInstant();
        int times = parts[0].length() > 1 ? Integer.parseInt(parts[0].substring(1)) : Integer.MAX_VALUE;
        return repeat(start, period.get(), times, from.toInstant().minusMillis(repeatOffset), repeatOffset);
    }

    private Date cron(String expression, Date from) {
        ZonedDateTime next;
        try {
            next = CronExpression.parse(expression).next(from.toInstant().atZone(zone));
        } catch (IllegalArgumentException e) {
            // the engine's message names the expression; its parser reads the same syntax
            return super.resolveDuedate(expression, from, 0L);
        }
        // No next occurrence: like the engine's CronTimer, the timer is due at once and does not repeat.
        return next == null ? from : Date.from(next.toInstant());
    }

    /**
     * Mirrors the engine's {@code DurationHelper}: the first occurrence after {@code after} (the start date less
     * the offset a moved job carries), or none when the repetitions ran out.
     */
    private Date repeat(Instant start, Period period, int times, Instant after, long repeatOffset) {
        Instant next = start;
        for (int i = 1; i <= times && !next.isAfter(after); i++) {
            next = CalendarPeriods.plus(start, period, i, zone);
        }
        return next.isBefore(after) ? null : Date.from(next.plusMillis(repeatOffset));
    }

    /**
     * The start of a repeat. The engine writes one into every repeating timer
     * ({@code TimerEntity.replaceRepeatCycleAndDate}) without an offset, formatted in the zone its formatter took
     * when the class was loaded; it is read back in that same zone, or a timer would fire twice (an hour apart)
     * where the server's zone and the cooperative's differ. A start written in a model should carry its offset.
     */
    private static Instant startOf(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            // the engine's own form, below
        }
        try {
            return LocalDateTime.parse(text).atZone(TimerEntity.SIMPLE_DATE_FORMAT.getTimeZone().toZoneId())
                    .toInstant();
        } catch (DateTimeParseException notTheEnginesForm) {
            return DateTimeUtil.parseDate(text).toInstant();
        }
    }
}
