package be.actraject.domain.trajectory;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.DossierChange;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.domain.audit.AuditKind;
import be.actraject.domain.audit.AuditReason;
import be.actraject.domain.audit.AuditLog;
import be.actraject.workflow.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A coordinator gives a candidate another coach, with a reason: the trajectory's coach changes, the timeline tells
 * it naming both coaches, and the audit log keeps it with the reason. Moving the candidate's open tasks is the
 * caller's part (the bpmn module does it in the same transaction), so the domain stays free of the engine.
 */
@Service
public class CoachChanges {

    /** The longest reason a coordinator gives for a correction; the audit log keeps it in its detail. */
    public static final int MAX_REASON = 500;

    private final DossierChanges changes;
    private final Timeline timeline;
    private final AuditLog audit;
    private final CorrectionWrites writes;

    public CoachChanges(DossierChanges changes, Timeline timeline, AuditLog audit, CorrectionWrites writes) {
        this.changes = changes;
        this.writes = writes;
        this.timeline = timeline;
        this.audit = audit;
    }

    /**
     * @param coach the new coach's user id; the caller has checked that it is a coach's account
     * @return the coach before, null when the candidate had none
     * @throws NotPermittedException        when the actor is not a coordinator
     * @throws TrajectoryEndedException     when the trajectory has ended
     * @throws CorrectionRefusedException   when the reason is missing or too long, or the coach is the same, or
     *                                      someone changed the trajectory since it was read
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public String change(long trajectoryId, String coach, String reason, Actor actor) {
        Trajectory trajectory = requireCoordinator(trajectoryId, actor);
        String why = requireReason(reason);
        String before = trajectory.getCoach();
        if (coach.equals(before)) {
            throw new CorrectionRefusedException(CorrectionRefusedException.Reason.SAME_COACH);
        }
        trajectory.assignCoach(coach);
        writes.now();
        String change = (before == null ? "—" : before) + " → " + coach;
        timeline.record(trajectoryId, TimelineKind.COACH_CHANGED, actor.userId(), change);
        // The people as ids in the reason, so that the audit page names them in the reader's language.
        audit.record(AuditKind.COACH_CHANGED, actor.userId(), String.valueOf(trajectoryId), why,
                AuditReason.of(AuditReason.COACH_CHANGED, before, coach), Long.toString(trajectoryId));
        return before;
    }

    /** The running trajectory, for a coordinator's correction. */
    Trajectory requireCoordinator(long trajectoryId, Actor actor) {
        if (!actor.has(Role.COORDINATOR)) {
            throw new NotPermittedException(actor.userId(), "correct a trajectory");
        }
        return changes.activeTrajectory(trajectoryId, DossierChange.PERSONAL_DATA, actor);
    }

    /**
     * @return the reason, stripped
     * @throws CorrectionRefusedException when it is missing or longer than {@link #MAX_REASON}
     */
    public static String requireReason(String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON) {
            throw new CorrectionRefusedException(CorrectionRefusedException.Reason.REASON, MAX_REASON);
        }
        return reason.strip();
    }
}
