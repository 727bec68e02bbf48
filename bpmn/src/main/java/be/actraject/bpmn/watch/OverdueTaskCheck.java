package be.actraject.bpmn.watch;

import org.springframework.stereotype.Component;

import java.util.List;

/** {@link StuckKind#OVERDUE_TASK}: an open task whose due date has passed, claimed or not. */
@Component
class OverdueTaskCheck implements StuckCheck {

    @Override
    public StuckKind kind() {
        return StuckKind.OVERDUE_TASK;
    }

    @Override
    public List<StuckItem> find(WatchSnapshot snapshot) {
        return snapshot.openTasks().stream()
                .filter(task -> task.getDueDate() != null && task.getDueDate().toInstant().isBefore(snapshot.now()))
                .map(task -> StuckItem.overdueTask(snapshot.dossierOf(task.getProcessInstanceId()),
                        WatchSnapshot.element(task), task.getDueDate().toInstant()))
                .toList();
    }
}
