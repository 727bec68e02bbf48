package be.actraject.domain.decision;

import be.actraject.domain.access.Actor;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.Timeline;
import be.actraject.domain.trajectory.TimelineKind;
import be.actraject.workflow.Decision;
import be.actraject.workflow.ExitType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Records decisions and answers what was decided last. */
@Service
public class Decisions {

    private final DecisionRecordRepository records;
    private final Caseload caseload;
    private final Timeline timeline;
    private final Clock clock;

    public Decisions(DecisionRecordRepository records, Caseload caseload, Timeline timeline, Clock clock) {
        this.records = records;
        this.caseload = caseload;
        this.timeline = timeline;
        this.clock = clock;
    }

    /**
     * @param exitType the exit, when the decision ends the trajectory; null otherwise
     * @throws MotivationRequiredException when the motivation is blank: every decision says why
     */
    @Transactional
    public DecisionRecord record(long trajectoryId, String task, Decision decision, ExitType exitType,
                                 String motivation, Actor actor) {
        if (motivation == null || motivation.isBlank()) {
            throw new MotivationRequiredException();
        }
        caseload.activeTrajectory(trajectoryId, actor);
        DecisionRecord saved = records.save(new DecisionRecord(trajectoryId, task, decision, exitType,
                motivation.strip(), actor.userId(), clock.instant()));
        timeline.record(trajectoryId, TimelineKind.DECISION_RECORDED, actor.userId(), decision.name());
        return saved;
    }

    @Transactional(readOnly = true)
    public Optional<DecisionRecord> latest(long trajectoryId, String task) {
        return records.findFirstByTrajectoryIdAndTaskOrderByDecidedAtDesc(trajectoryId, task);
    }

    @Transactional(readOnly = true)
    public List<DecisionRecord> of(long trajectoryId, Actor actor) {
        caseload.trajectory(trajectoryId, actor);
        return records.findByTrajectoryIdOrderByDecidedAtDesc(trajectoryId);
    }
}
