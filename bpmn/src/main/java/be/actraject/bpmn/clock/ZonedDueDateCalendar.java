package be.actraject.bpmn.clock;

import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Optional;

/**
 * {@code timeDate} texts and task due dates written as text: a date-time without an offset (as a coordinator types
 * it in the modeler, {@code 2027-03-01T06:00}) is a time in the cooperative's zone; one with an offset is that
 * moment; a period ({@code P3D}) counts from now on the cooperative's calendar. The models' own expressions return
 * a {@link Date} and never come here.
 */
class ZonedDueDateCalendar extends DueDateBusinessCalendar {

    private final ZoneId zone;

    ZonedDueDateCalendar(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public Date resolveDuedate(String text, Date startDate) {
        Date from = startDate == null ? ClockUtil.getCurrentTime() : startDate;
        Optional<Instant> moment = text.startsWith("P")
                ? CalendarPeriods.parse(text).map(period -> CalendarPeriods.plus(from.toInstant(), period, 1, zone))
                : parse(text.trim());
        return moment.map(Date::from).orElseGet(() -> super.resolveDuedate(text, startDate));
    }

    private Optional<Instant> parse(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException withoutOffset) {
            // not a moment with an offset: try the cooperative's wall clock, then a bare date
        }
        try {
            return Optional.of(LocalDateTime.parse(text).atZone(zone).toInstant());
        } catch (DateTimeParseException notADateTime) {
            // not a local date-time either
        }
        try {
            return Optional.of(LocalDate.parse(text).atStartOfDay(zone).toInstant());
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }
}
