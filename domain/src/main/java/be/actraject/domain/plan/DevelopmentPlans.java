package be.actraject.domain.plan;

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

/**
 * Records new versions of a candidate's plan. Two coaches saving at once cannot both get the same version: the
 * unique constraint on (trajectory, version) refuses the second, whose transaction then rolls back whole.
 */
@Service
@Validated
public class DevelopmentPlans {

    private final DevelopmentPlanRepository plans;
    private final Caseload caseload;
    private final DossierChanges changes;
    private final Timeline timeline;
    private final Clock clock;

    public DevelopmentPlans(DevelopmentPlanRepository plans, Caseload caseload, DossierChanges changes,
                            Timeline timeline, Clock clock) {
        this.plans = plans;
        this.caseload = caseload;
        this.changes = changes;
        this.timeline = timeline;
        this.clock = clock;
    }

    /**
     * Records the next version of the plan.
     *
     * @throws be.actraject.domain.access.NotPermittedException  for an actor who does not change the coaching record
     * @throws be.actraject.domain.access.NotInCaseloadException for a candidate outside the actor's caseload
     */
    @Transactional
    public DevelopmentPlan record(long trajectoryId, @Valid PlanDraft draft, Actor coach) {
        changes.activeTrajectory(trajectoryId, DossierChange.COACHING_RECORD, coach);
        int version = plans.latestVersion(trajectoryId) + 1;
        DevelopmentPlan saved = plans.save(
                new DevelopmentPlan(trajectoryId, version, draft, coach.userId(), clock.instant()));
        timeline.record(trajectoryId, TimelineKind.PLAN_RECORDED, coach.userId(), Integer.toString(version));
        return saved;
    }

    @Transactional(readOnly = true)
    public List<DevelopmentPlan> of(long trajectoryId, Actor actor) {
        caseload.coachingRecord(trajectoryId, actor);
        List<DevelopmentPlan> versions = plans.findByTrajectoryIdOrderByVersionDesc(trajectoryId);
        // Loaded here, in batches (two statements however many versions), for the screens that show them.
        versions.forEach(v -> v.getObjectives().forEach(PlanObjective::getActions));
        return versions;
    }
}
