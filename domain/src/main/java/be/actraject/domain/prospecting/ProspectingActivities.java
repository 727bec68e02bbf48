package be.actraject.domain.prospecting;

import be.actraject.domain.access.Actor;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.Timeline;
import be.actraject.domain.trajectory.TimelineKind;
import jakarta.validation.Valid;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.util.List;

@Service
@Validated
public class ProspectingActivities {

    private final ProspectingActivityRepository activities;
    private final Caseload caseload;
    private final Timeline timeline;
    private final Clock clock;

    public ProspectingActivities(ProspectingActivityRepository activities, Caseload caseload, Timeline timeline,
                                 Clock clock) {
        this.activities = activities;
        this.caseload = caseload;
        this.timeline = timeline;
        this.clock = clock;
    }

    @Transactional
    public ProspectingActivity log(long trajectoryId, @Valid ProspectingEntry entry, Actor coach) {
        caseload.activeTrajectory(trajectoryId, coach);
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
