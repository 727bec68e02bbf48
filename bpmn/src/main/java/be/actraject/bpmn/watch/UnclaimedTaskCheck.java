package be.actraject.bpmn.watch;

import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/** {@link StuckKind#UNCLAIMED_TASK}: an open task on nobody's name, created longer ago than the set time. */
@Component
class UnclaimedTaskCheck implements StuckCheck {

    private final WatchParameters parameters;

    UnclaimedTaskCheck(WatchParameters parameters) {
        this.parameters = parameters;
    }

    @Override
    public StuckKind kind() {
        return StuckKind.UNCLAIMED_TASK;
    }

    @Override
    public List<StuckItem> find(WatchSnapshot snapshot) {
        Instant before = snapshot.now().minus(parameters.getUnclaimedFor());
        return snapshot.openTasks().stream()
                .filter(task -> task.getAssignee() == null && task.getCreateTime().toInstant().isBefore(before))
                .map(task -> StuckItem.unclaimedTask(snapshot.dossierOf(task.getProcessInstanceId()),
                        WatchSnapshot.element(task), task.getCreateTime().toInstant()))
                .toList();
    }
}
