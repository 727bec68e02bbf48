package be.actraject.bpmn.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The engine settings the product relies on, in one place so that the application and every test engine built
 * by Spring share them.
 * <ul>
 *   <li>History is kept {@code actraject.engine.history-time-to-live} (three years by default) after a process
 *   ends, and cleaned up only at night, inside the batch window: the dossier itself lives in the domain tables,
 *   the engine's history serves audits and the administrators.</li>
 *   <li>CMMN and tasks outside processes are not used; switching them off lets task queries use inner joins.</li>
 * </ul>
 */
@Component
class EngineSettingsPlugin extends AbstractProcessEnginePlugin {

    private final String historyTimeToLive;
    private final String cleanupWindowStart;
    private final String cleanupWindowEnd;

    EngineSettingsPlugin(@Value("${actraject.engine.history-time-to-live:P1095D}") String historyTimeToLive,
                         @Value("${actraject.engine.history-cleanup-window-start:22:00}") String cleanupWindowStart,
                         @Value("${actraject.engine.history-cleanup-window-end:06:00}") String cleanupWindowEnd) {
        this.historyTimeToLive = historyTimeToLive;
        this.cleanupWindowStart = cleanupWindowStart;
        this.cleanupWindowEnd = cleanupWindowEnd;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setHistoryTimeToLive(historyTimeToLive);
        configuration.setHistoryCleanupBatchWindowStartTime(cleanupWindowStart);
        configuration.setHistoryCleanupBatchWindowEndTime(cleanupWindowEnd);
        configuration.setCmmnEnabled(false);
        configuration.setStandaloneTasksEnabled(false);
    }
}
