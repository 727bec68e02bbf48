package be.actraject.bpmn.clock;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.historycleanup.BatchWindow;
import org.camunda.bpm.engine.impl.jobexecutor.historycleanup.BatchWindowManager;
import org.camunda.bpm.engine.impl.jobexecutor.historycleanup.DefaultBatchWindowManager;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;

/**
 * The history cleanup's nightly window ({@code actraject.engine.history-cleanup-window-start/-end}, such as
 * 22:00–06:00) on the cooperative's wall clock; a window whose end is not after its start ends the next day.
 * Windows per weekday (which the application does not set) are left to the engine's own manager.
 */
class ZonedBatchWindowManager implements BatchWindowManager {

    private final ZoneId zone;
    private final DefaultBatchWindowManager perWeekday = new DefaultBatchWindowManager();

    ZonedBatchWindowManager(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public BatchWindow getCurrentOrNextBatchWindow(Date date, ProcessEngineConfigurationImpl configuration) {
        if (!configuration.getHistoryCleanupBatchWindows().isEmpty()) {
            return perWeekday.getCurrentOrNextBatchWindow(date, configuration);
        }
        return firstWindow(date, configuration, false);
    }

    @Override
    public BatchWindow getNextBatchWindow(Date date, ProcessEngineConfigurationImpl configuration) {
        if (!configuration.getHistoryCleanupBatchWindows().isEmpty()) {
            return perWeekday.getNextBatchWindow(date, configuration);
        }
        return firstWindow(date, configuration, true);
    }

    @Override
    public boolean isBatchWindowConfigured(ProcessEngineConfigurationImpl configuration) {
        return perWeekday.isBatchWindowConfigured(configuration);
    }

    /** The first window that has not ended at {@code date} or, when {@code startingLater}, that starts after it. */
    private BatchWindow firstWindow(Date date, ProcessEngineConfigurationImpl configuration, boolean startingLater) {
        LocalTime start = time(configuration.getHistoryCleanupBatchWindowStartTime());
        LocalTime end = time(configuration.getHistoryCleanupBatchWindowEndTime());
        if (start == null || end == null) {
            return null;
        }
        ZonedDateTime at = date.toInstant().atZone(zone);
        for (LocalDate day = at.toLocalDate().minusDays(1); ; day = day.plusDays(1)) {
            ZonedDateTime from = day.atTime(start).atZone(zone);
            ZonedDateTime to = (end.isAfter(start) ? day : day.plusDays(1)).atTime(end).atZone(zone);
            if (startingLater ? from.isAfter(at) : to.isAfter(at)) {
                return new BatchWindow(Date.from(from.toInstant()), Date.from(to.toInstant()));
            }
        }
    }

    /** {@code HH:mm}; an offset would contradict the cooperative's zone, and is refused at start-up. */
    static LocalTime time(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("The history cleanup window is a time of day on the cooperative's"
                    + " clock (HH:mm), not " + text, e);
        }
    }
}
