package be.actraject.bpmn.watch;

import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/** {@link StuckKind#UNTOUCHED_TASK}: a claimed task last changed (or else created) longer ago than the set time. */
@Component
class UntouchedTaskCheck implements StuckCheck {

    private final WatchParameters parameters;

    UntouchedTaskCheck(WatchParameters parameters) {
        this.parameters = parameters;
    }

    @Override
    public StuckKind kind() {
        return StuckKind.UNTOUCHED_TASK;
    }

    @Override
    public List<StuckItem> find(WatchSnapshot snapshot) {
        Instant before = snapshot.now().minus(parameters.getUntouchedFor());
        return snapshot.openTasks().stream()
                .filter(task -> task.getAssignee() != null && touched(task).isBefore(before))
                .map(task -> StuckItem.untouchedTask(snapshot.dossierOf(task.getProcessInstanceId()),
                        WatchSnapshot.element(task), touched(task)))
                .toList();
    }

    private static Instant touched(Task task) {
        return task.getLastUpdated() == null ? task.getCreateTime().toInstant() : task.getLastUpdated().toInstant();
    }
}
