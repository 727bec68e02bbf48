package be.actraject.domain.conversation;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.DossierChange;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.DossierChanges;
import be.actraject.domain.trajectory.Timeline;
import be.actraject.domain.trajectory.TimelineKind;
import be.actraject.domain.trajectory.Trajectory;
import jakarta.validation.Valid;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Records and lists the individual conversations of a trajectory. */
@Service
@Validated
public class IndividualConversations {

    private final IndividualConversationRepository conversations;
    private final ActionPointRepository actionPoints;
    private final Caseload caseload;
    private final DossierChanges changes;
    private final Timeline timeline;
    private final Clock clock;

    public IndividualConversations(IndividualConversationRepository conversations,
                                   ActionPointRepository actionPoints, Caseload caseload, DossierChanges changes,
                                   Timeline timeline, Clock clock) {
        this.conversations = conversations;
        this.actionPoints = actionPoints;
        this.caseload = caseload;
        this.changes = changes;
        this.timeline = timeline;
        this.clock = clock;
    }

    /**
     * Records the conversation, the outcome of the earlier action points it reviewed and the new ones it agreed,
     * all or nothing.
     *
     * @throws ConversationDateOutOfRangeException for a day before the trajectory's start or after today
     * @throws ActionPointNotOpenException when a reviewed action point was closed meanwhile or is not this
     *                                     trajectory's
     * @throws be.actraject.domain.access.NotPermittedException  for an actor who does not change the coaching record
     */
    @Transactional
    public IndividualConversation record(long trajectoryId, @Valid ConversationReport report, Actor coach) {
        Trajectory trajectory = changes.activeTrajectory(trajectoryId, DossierChange.COACHING_RECORD, coach);
        LocalDate today = LocalDate.now(clock);
        if (report.heldOn().isBefore(trajectory.getStartDate()) || report.heldOn().isAfter(today)) {
            throw new ConversationDateOutOfRangeException(trajectory.getStartDate(), today);
        }
        for (int i = 0; i < report.actionPoints().size(); i++) {
            if (report.actionPoints().get(i).dueOn().isBefore(report.heldOn())) {
                throw new ActionPointDueBeforeConversationException(i);
            }
        }
        // Every reviewed point is checked before anything is written.
        Map<ActionPoint, ActionPointStatus> reviewed = new LinkedHashMap<>();
        for (Map.Entry<Long, ActionPointStatus> review : report.reviews().entrySet()) {
            ActionPoint point = actionPoints.findById(review.getKey())
                    .filter(p -> p.getTrajectoryId() == trajectoryId && p.isOpen())
                    .orElseThrow(() -> new ActionPointNotOpenException(review.getKey()));
            reviewed.put(point, review.getValue());
        }
        IndividualConversation saved = conversations.save(new IndividualConversation(
                trajectoryId, trajectory.getPhase(), report, coach.userId(), clock.instant()));
        reviewed.forEach((point, outcome) -> point.review(outcome, saved.getId(), report.heldOn()));
        report.actionPoints().forEach(draft ->
                actionPoints.save(new ActionPoint(trajectoryId, saved.getId(), draft)));
        timeline.record(trajectoryId, TimelineKind.CONVERSATION_RECORDED, coach.userId(),
                report.heldOn().toString());
        return saved;
    }

    /** The trajectory's action points still open, the earliest due first. */
    @Transactional(readOnly = true)
    public List<ActionPoint> openActionPoints(long trajectoryId, Actor actor) {
        caseload.coachingRecord(trajectoryId, actor);
        return actionPoints.findByTrajectoryIdAndStatusOrderByDueOnAscIdAsc(trajectoryId, ActionPointStatus.OPEN);
    }

    /** All action points of the trajectory, open and reviewed, the earliest due first. */
    @Transactional(readOnly = true)
    public List<ActionPoint> actionPoints(long trajectoryId, Actor actor) {
        caseload.coachingRecord(trajectoryId, actor);
        return actionPoints.findByTrajectoryIdOrderByDueOnAscIdAsc(trajectoryId);
    }

    @Transactional(readOnly = true)
    public List<IndividualConversation> of(long trajectoryId, Actor actor) {
        caseload.coachingRecord(trajectoryId, actor);
        return conversations.findByTrajectoryIdOrderByHeldOnDescIdDesc(trajectoryId);
    }
}
