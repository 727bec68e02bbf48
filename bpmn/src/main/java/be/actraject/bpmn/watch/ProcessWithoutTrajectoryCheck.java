package be.actraject.bpmn.watch;

import be.actraject.bpmn.watch.StuckItem.EngineElement;
import be.actraject.domain.trajectory.Trajectory;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * {@link StuckKind#PROCESS_WITHOUT_TRAJECTORY}: a running trajectory process whose trajectory has ended in the
 * dossier, or does not exist there.
 */
@Component
class ProcessWithoutTrajectoryCheck implements StuckCheck {

    @Override
    public StuckKind kind() {
        return StuckKind.PROCESS_WITHOUT_TRAJECTORY;
    }

    @Override
    public List<StuckItem> find(WatchSnapshot snapshot) {
        return snapshot.trajectoryProcesses().stream()
                .filter(process -> !runs(trajectoryOf(snapshot, process)))
                .map(process -> StuckItem.processWithoutTrajectory(snapshot.dossierOf(process.getId()),
                        EngineElement.instance(process.getId()), why(trajectoryOf(snapshot, process), process)))
                .toList();
    }

    private static Trajectory trajectoryOf(WatchSnapshot snapshot, ProcessInstance process) {
        return snapshot.trajectory(snapshot.trajectoryOf(process.getId()));
    }

    private static boolean runs(Trajectory trajectory) {
        return trajectory != null && trajectory.isActive();
    }

    private static String why(Trajectory trajectory, ProcessInstance process) {
        return trajectory == null ? "no trajectory " + process.getBusinessKey() : "ended " + trajectory.getEndDate();
    }
}
