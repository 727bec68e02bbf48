package be.actraject.bpmn.watch;

import org.springframework.stereotype.Component;

import java.util.List;

/**
 * {@link StuckKind#TASK_WITHOUT_TRAJECTORY}: an open task whose instance's business key names a trajectory the
 * dossier does not hold. A task of an instance without such a key (a model of its own) is not counted.
 */
@Component
class TaskWithoutTrajectoryCheck implements StuckCheck {

    @Override
    public StuckKind kind() {
        return StuckKind.TASK_WITHOUT_TRAJECTORY;
    }

    @Override
    public List<StuckItem> find(WatchSnapshot snapshot) {
        return snapshot.openTasks().stream()
                .filter(task -> {
                    Long trajectory = snapshot.trajectoryOf(task.getProcessInstanceId());
                    return trajectory != null && snapshot.trajectory(trajectory) == null;
                })
                .map(task -> StuckItem.taskWithoutTrajectory(snapshot.dossierOf(task.getProcessInstanceId()),
                        WatchSnapshot.element(task), task.getCreateTime().toInstant()))
                .toList();
    }
}
