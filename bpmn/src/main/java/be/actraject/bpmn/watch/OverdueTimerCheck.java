package be.actraject.bpmn.watch;

import be.actraject.bpmn.watch.StuckItem.EngineElement;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.stereotype.Component;

import java.util.Date;
import java.util.List;

/**
 * {@link StuckKind#OVERDUE_TIMER}: a timer with retries left, due longer ago than the grace time. Past due and not
 * fired: the job executor is stalled, or the instance was suspended and forgotten.
 */
@Component
class OverdueTimerCheck implements StuckCheck {

    private final ManagementService management;
    private final WatchParameters parameters;

    OverdueTimerCheck(ManagementService management, WatchParameters parameters) {
        this.management = management;
        this.parameters = parameters;
    }

    @Override
    public StuckKind kind() {
        return StuckKind.OVERDUE_TIMER;
    }

    @Override
    public List<StuckItem> find(WatchSnapshot snapshot) {
        Date dueBefore = Date.from(snapshot.now().minus(parameters.getTimerGrace()));
        return management.createJobQuery().timers().withRetriesLeft().duedateLowerThan(dueBefore).list().stream()
                .map(job -> StuckItem.overdueTimer(snapshot.dossierOf(job.getProcessInstanceId()),
                        EngineElement.job(job.getProcessInstanceId(), null, job.getId()),
                        job.getDuedate().toInstant()))
                .toList();
    }
}
