package be.actraject.bpmn.watch;

import be.actraject.bpmn.watch.StuckItem.Dossier;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.Trajectory;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@link StuckKind#IDLE}: a running trajectory whose timeline has had no entry for longer than the set time, or
 * never had one. The last entries of all of them come in one query.
 */
@Component
class IdleCheck implements StuckCheck {

    private final Caseload caseload;
    private final WatchParameters parameters;

    IdleCheck(Caseload caseload, WatchParameters parameters) {
        this.caseload = caseload;
        this.parameters = parameters;
    }

    @Override
    public StuckKind kind() {
        return StuckKind.IDLE;
    }

    @Override
    public List<StuckItem> find(WatchSnapshot snapshot) {
        List<Trajectory> active = snapshot.activeTrajectories();
        Map<Long, Instant> lastActivities = caseload.lastActivities(active.stream().map(Trajectory::getId).toList());
        Instant before = snapshot.now().minus(parameters.getIdleFor());
        return active.stream()
                .filter(trajectory -> {
                    Instant last = lastActivities.get(trajectory.getId());
                    return last == null || last.isBefore(before);
                })
                .map(trajectory -> StuckItem.idle(Dossier.of(trajectory), lastActivities.get(trajectory.getId())))
                .toList();
    }
}
