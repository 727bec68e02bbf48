package be.actraject.domain.exploration;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.DossierChange;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.DossierChanges;
import be.actraject.domain.trajectory.Timeline;
import be.actraject.domain.trajectory.TimelineKind;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.workflow.Phase;
import jakarta.validation.Valid;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The deliverables of a trajectory: every kind, in its order, whether it was ever touched or not. */
@Service
@Validated
public class Deliverables {

    private final DeliverableRepository deliverables;
    private final Caseload caseload;
    private final DossierChanges changes;
    private final Timeline timeline;
    private final Clock clock;

    public Deliverables(DeliverableRepository deliverables, Caseload caseload, DossierChanges changes,
                        Timeline timeline, Clock clock) {
        this.deliverables = deliverables;
        this.caseload = caseload;
        this.changes = changes;
        this.timeline = timeline;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Deliverable> of(long trajectoryId, Actor actor) {
        caseload.trajectory(trajectoryId, actor);
        Map<DeliverableKind, Deliverable> existing = byKind(trajectoryId);
        LocalDate today = LocalDate.now(clock);
        return Arrays.stream(DeliverableKind.values())
                .map(k -> existing.getOrDefault(k, new Deliverable(trajectoryId, k, today)))
                .sorted(Comparator.comparing(Deliverable::getKind))
                .toList();
    }

    /**
     * Records where the deliverables stand, at any time during the exploration (from the dossier, or with the phase
     * review); one timeline entry when anything changed.
     *
     * @throws be.actraject.domain.access.NotPermittedException  for an actor who does not change the coaching record
     * @throws be.actraject.domain.access.NotInCaseloadException for a candidate outside the actor's caseload
     * @throws ChecklistClosedException                          when the trajectory is not in its exploration
     */
    @Transactional
    public void update(long trajectoryId, List<@Valid DeliverableUpdate> updates, Actor coach) {
        Trajectory trajectory = changes.activeTrajectory(trajectoryId, DossierChange.COACHING_RECORD, coach);
        if (trajectory.getPhase() != Phase.EXPLORATION) {
            throw new ChecklistClosedException(trajectoryId, trajectory.getPhase());
        }
        Map<DeliverableKind, Deliverable> existing = byKind(trajectoryId);
        LocalDate today = LocalDate.now(clock);
        boolean changed = false;
        for (DeliverableUpdate u : updates) {
            Deliverable d = existing.computeIfAbsent(u.kind(),
                    k -> deliverables.save(new Deliverable(trajectoryId, k, today)));
            changed |= d.update(u.status(), u.note(), today);
        }
        if (changed) {
            timeline.record(trajectoryId, TimelineKind.DELIVERABLES_UPDATED, coach.userId(), null);
        }
    }

    private Map<DeliverableKind, Deliverable> byKind(long trajectoryId) {
        return deliverables.findByTrajectoryId(trajectoryId).stream()
                .collect(Collectors.toMap(Deliverable::getKind, Function.identity()));
    }
}
