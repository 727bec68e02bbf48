package be.actraject.domain.prospecting;

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
import java.util.List;

/**
 * The prospecting activities of a candidate: logged and kept up to date during the prospecting by whoever may change
 * the coaching record, read in the dossier and in the prospecting review.
 */
@Service
@Validated
public class ProspectingActivities {

    private final ProspectingActivityRepository activities;
    private final Caseload caseload;
    private final DossierChanges changes;
    private final Timeline timeline;
    private final Clock clock;

    public ProspectingActivities(ProspectingActivityRepository activities, Caseload caseload, DossierChanges changes,
                                 Timeline timeline, Clock clock) {
        this.activities = activities;
        this.caseload = caseload;
        this.changes = changes;
        this.timeline = timeline;
        this.clock = clock;
    }

    /**
     * @throws be.actraject.domain.access.NotPermittedException  for an actor who does not change the coaching record
     * @throws be.actraject.domain.access.NotInCaseloadException for a candidate outside the actor's caseload
     * @throws ProspectingClosedException                        when the trajectory is not in its prospecting
     */
    @Transactional
    public ProspectingActivity log(long trajectoryId, @Valid ProspectingEntry entry, Actor coach) {
        prospecting(trajectoryId, coach);
        ProspectingActivity saved = activities.save(
                new ProspectingActivity(trajectoryId, entry, coach.userId(), clock.instant()));
        timeline.record(trajectoryId, TimelineKind.PROSPECTING_LOGGED, coach.userId(), entry.kind().name());
        return saved;
    }

    /**
     * Corrects an activity, or completes it with its result once known, at any time during the prospecting; a
     * timeline entry when anything changed. The exceptions of {@link #log}, and
     * {@link ProspectingActivityNotFoundException} for an activity that is not this trajectory's.
     */
    @Transactional
    public void update(long trajectoryId, long activityId, @Valid ProspectingEntry entry, Actor coach) {
        prospecting(trajectoryId, coach);
        ProspectingActivity activity = activities.findById(activityId)
                .filter(a -> a.getTrajectoryId() == trajectoryId)
                .orElseThrow(() -> new ProspectingActivityNotFoundException(activityId, trajectoryId));
        if (activity.update(entry)) {
            timeline.record(trajectoryId, TimelineKind.PROSPECTING_UPDATED, coach.userId(), null);
        }
    }

    private void prospecting(long trajectoryId, Actor coach) {
        Trajectory trajectory = changes.activeTrajectory(trajectoryId, DossierChange.COACHING_RECORD, coach);
        if (trajectory.getPhase() != Phase.PROSPECTING) {
            throw new ProspectingClosedException(trajectoryId, trajectory.getPhase());
        }
    }

    @Transactional(readOnly = true)
    public List<ProspectingActivity> of(long trajectoryId, Actor actor) {
        caseload.trajectory(trajectoryId, actor);
        return activities.findByTrajectoryIdOrderByHappenedOnDescIdDesc(trajectoryId);
    }
}
