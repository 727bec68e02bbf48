package be.actraject.bpmn.clock;

import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import java.time.ZoneId;
import java.util.Date;

/** {@code timeDuration} timers such as {@code P14D}: whole days counted in the cooperative's zone. */
class ZonedDurationCalendar extends DurationBusinessCalendar {

    private final ZoneId zone;

    ZonedDurationCalendar(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public Date resolveDuedate(String duration, Date startDate) {
        Date from = startDate == null ? ClockUtil.getCurrentTime() : startDate;
        return CalendarPeriods.parse(duration)
                .map(period -> Date.from(CalendarPeriods.plus(from.toInstant(), period, 1, zone)))
                .orElseGet(() -> super.resolveDuedate(duration, startDate));
    }
}
