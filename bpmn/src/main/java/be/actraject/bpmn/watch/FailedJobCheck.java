package be.actraject.bpmn.watch;

import be.actraject.bpmn.watch.StuckItem.EngineElement;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import java.util.List;

/** {@link StuckKind#FAILED_JOB}: every incident, with the failing job (its configuration) and the engine's message. */
@Component
class FailedJobCheck implements StuckCheck {

    private final RuntimeService runtime;

    FailedJobCheck(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @Override
    public StuckKind kind() {
        return StuckKind.FAILED_JOB;
    }

    @Override
    public List<StuckItem> find(WatchSnapshot snapshot) {
        return runtime.createIncidentQuery().list().stream()
                .map(incident -> StuckItem.failedJob(snapshot.dossierOf(incident.getProcessInstanceId()),
                        EngineElement.job(incident.getProcessInstanceId(), incident.getActivityId(),
                                incident.getConfiguration()),
                        incident.getIncidentTimestamp().toInstant(), incident.getIncidentMessage()))
                .toList();
    }
}
