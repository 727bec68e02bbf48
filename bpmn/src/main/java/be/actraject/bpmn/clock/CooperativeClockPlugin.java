package be.actraject.bpmn.clock;

import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.ZoneId;

/**
 * Makes the engine's calendars and its history-cleanup window follow the cooperative's zone (the zone of the
 * domain's {@link Clock}, {@code actraject.zone}). Camunda 7.24 evaluates cron cycles ({@code CronTimer}), adds
 * durations ({@code DurationHelper}), parses due dates without an offset ({@code DateTimeUtil}) and places the
 * cleanup window ({@code DefaultBatchWindowManager}) in the JVM's default zone: a server on UTC would send the
 * monthly statement at 07:00 or 08:00 Brussels time.
 */
@Component
public class CooperativeClockPlugin extends AbstractProcessEnginePlugin {

    private final ZoneId zone;

    public CooperativeClockPlugin(Clock clock) {
        this.zone = clock.getZone();
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        MapBusinessCalendarManager calendars = new MapBusinessCalendarManager();
        calendars.addBusinessCalendar(DurationBusinessCalendar.NAME, new ZonedDurationCalendar(zone));
        calendars.addBusinessCalendar(DueDateBusinessCalendar.NAME, new ZonedDueDateCalendar(zone));
        calendars.addBusinessCalendar(CycleBusinessCalendar.NAME, new ZonedCycleCalendar(zone));
        configuration.setBusinessCalendarManager(calendars);
        configuration.setBatchWindowManager(new ZonedBatchWindowManager(zone));
    }

    /** A window written with an offset (which the engine would accept) is refused here, before any cleanup runs. */
    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        ZonedBatchWindowManager.time(configuration.getHistoryCleanupBatchWindowStartTime());
        ZonedBatchWindowManager.time(configuration.getHistoryCleanupBatchWindowEndTime());
    }
}
