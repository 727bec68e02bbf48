package be.actraject.domain.assessment;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.DossierChange;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.DossierChanges;
import be.actraject.domain.trajectory.Timeline;
import be.actraject.domain.trajectory.TimelineKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Records Entre-spiegel assessments: all twelve scores, each on the scale. */
@Service
public class Assessments {

    private final AssessmentRepository assessments;
    private final Caseload caseload;
    private final DossierChanges changes;
    private final Timeline timeline;
    private final Clock clock;

    public Assessments(AssessmentRepository assessments, Caseload caseload, DossierChanges changes,
                       Timeline timeline, Clock clock) {
        this.assessments = assessments;
        this.caseload = caseload;
        this.changes = changes;
        this.timeline = timeline;
        this.clock = clock;
    }

    /**
     * @throws InvalidScoresException for a score missing or off the scale
     * @throws be.actraject.domain.access.NotPermittedException for an actor who does not change the coaching record
     */
    @Transactional
    public Assessment record(long trajectoryId, LocalDate assessedOn, Scale scale, Map<Competency, Integer> scores,
                             Actor coach) {
        changes.activeTrajectory(trajectoryId, DossierChange.COACHING_RECORD, coach);
        scale.check(scores);
        if (assessedOn == null || assessedOn.isAfter(LocalDate.now(clock))) {
            throw new IllegalArgumentException("An assessment is dated on or before today");
        }
        Assessment saved = assessments.save(new Assessment(trajectoryId, assessedOn, scale, scores,
                coach.userId(), clock.instant()));
        timeline.record(trajectoryId, TimelineKind.ASSESSMENT_RECORDED, coach.userId(), assessedOn.toString());
        return saved;
    }

    /** The trajectory's latest assessment against the reference profile in force, when it has one. */
    @Transactional(readOnly = true)
    public Optional<Comparison> latestComparison(long trajectoryId, ReferenceProfile reference, Actor actor) {
        List<Assessment> all = of(trajectoryId, actor);
        return all.isEmpty() ? Optional.empty()
                : Optional.of(new Comparison(all.get(0), all.stream().skip(1).findFirst(), reference));
    }

    /** One assessment against the reference profile and the assessment before it. */
    @Transactional(readOnly = true)
    public Comparison comparison(long assessmentId, ReferenceProfile reference, Actor actor) {
        Assessment assessment = assessments.findById(assessmentId)
                .orElseThrow(() -> new AssessmentNotFoundException(assessmentId));
        List<Assessment> all = of(assessment.getTrajectoryId(), actor);
        int at = all.indexOf(assessment);
        return new Comparison(assessment, all.stream().skip(at + 1L).findFirst(), reference);
    }

    /** The assessments of a trajectory, newest first. */
    @Transactional(readOnly = true)
    public List<Assessment> of(long trajectoryId, Actor actor) {
        caseload.coachingRecord(trajectoryId, actor);
        return assessments.findByTrajectoryIdOrderByAssessedOnDescIdDesc(trajectoryId);
    }
}
