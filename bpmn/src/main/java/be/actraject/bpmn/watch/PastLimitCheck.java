package be.actraject.bpmn.watch;

import be.actraject.bpmn.watch.StuckItem.Dossier;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.workflow.Phase;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/**
 * {@link StuckKind#PAST_LIMIT}: a running trajectory after the last day of its phase (phase 4's limit in invoicing,
 * phases 1–3's before), which should have brought a decision.
 */
@Component
class PastLimitCheck implements StuckCheck {

    @Override
    public StuckKind kind() {
        return StuckKind.PAST_LIMIT;
    }

    @Override
    public List<StuckItem> find(WatchSnapshot snapshot) {
        LocalDate today = snapshot.today();
        return snapshot.activeTrajectories().stream()
                .filter(trajectory -> limit(trajectory) != null && limit(trajectory).isBefore(today))
                .map(trajectory -> StuckItem.pastLimit(Dossier.of(trajectory),
                        limit(trajectory).atStartOfDay(snapshot.zone()).toInstant(),
                        trajectory.getPhase() == null ? null : trajectory.getPhase().name()))
                .toList();
    }

    private static LocalDate limit(Trajectory trajectory) {
        return trajectory.getPhase() == Phase.INVOICING ? trajectory.getInvoicingLimit()
                : trajectory.getPreInvoicingLimit();
    }
}
