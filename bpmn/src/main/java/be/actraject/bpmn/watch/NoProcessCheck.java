package be.actraject.bpmn.watch;

import be.actraject.bpmn.watch.StuckItem.Dossier;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** {@link StuckKind#NO_PROCESS}: a trajectory the dossier runs without a trajectory process on the engine. */
@Component
class NoProcessCheck implements StuckCheck {

    @Override
    public StuckKind kind() {
        return StuckKind.NO_PROCESS;
    }

    @Override
    public List<StuckItem> find(WatchSnapshot snapshot) {
        Set<Long> withProcess = snapshot.trajectoryProcesses().stream()
                .map(process -> snapshot.trajectoryOf(process.getId())).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return snapshot.activeTrajectories().stream()
                .filter(trajectory -> !withProcess.contains(trajectory.getId()))
                .map(trajectory -> StuckItem.noProcess(Dossier.of(trajectory)))
                .toList();
    }
}
