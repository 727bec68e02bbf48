package be.actraject.domain.prospecting;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.DossierChange;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.DossierChanges;
import be.actraject.domain.trajectory.Timeline;
import be.actraject.domain.trajectory.TimelineKind;
import jakarta.validation.Valid;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.util.List;

/** The prospecting activities of a candidate: logged by whoever may change the coaching record, read in the dossier. */
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
     */
    @Transactional
    public ProspectingActivity log(long trajectoryId, @Valid ProspectingEntry entry, Actor coach) {
        changes.activeTrajectory(trajectoryId, DossierChange.COACHING_RECORD, coach);
        ProspectingActivity saved = activities.save(
                new ProspectingActivity(trajectoryId, entry, coach.userId(), clock.instant()));
        timeline.record(trajectoryId, TimelineKind.PROSPECTING_LOGGED, coach.userId(), entry.kind().name());
        return saved;
    }

    @Transactional(readOnly = true)
    public List<ProspectingActivity> of(long trajectoryId, Actor actor) {
        caseload.trajectory(trajectoryId, actor);
        return activities.findByTrajectoryIdOrderByHappenedOnDescIdDesc(trajectoryId);
    }
}
