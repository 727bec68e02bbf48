package be.actraject.domain.conversation;

import be.actraject.domain.access.Actor;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.Timeline;
import be.actraject.domain.trajectory.TimelineKind;
import be.actraject.domain.trajectory.Trajectory;
import jakarta.validation.Valid;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.util.List;

/** Records and lists the individual conversations of a trajectory. */
@Service
@Validated
public class IndividualConversations {

    private final IndividualConversationRepository conversations;
    private final Caseload caseload;
    private final Timeline timeline;
    private final Clock clock;

    public IndividualConversations(IndividualConversationRepository conversations, Caseload caseload,
                                   Timeline timeline, Clock clock) {
        this.conversations = conversations;
        this.caseload = caseload;
        this.timeline = timeline;
        this.clock = clock;
    }

    @Transactional
    public IndividualConversation record(long trajectoryId, @Valid ConversationReport report, Actor coach) {
        Trajectory trajectory = caseload.activeTrajectory(trajectoryId, coach);
        if (report.heldOn().isBefore(trajectory.getStartDate())) {
            throw new ConversationBeforeStartException(trajectory.getStartDate());
        }
        IndividualConversation saved = conversations.save(new IndividualConversation(
                trajectoryId, trajectory.getPhase(), report, coach.userId(), clock.instant()));
        timeline.record(trajectoryId, TimelineKind.CONVERSATION_RECORDED, coach.userId(),
                report.heldOn().toString());
        return saved;
    }

    @Transactional(readOnly = true)
    public List<IndividualConversation> of(long trajectoryId, Actor actor) {
        caseload.trajectory(trajectoryId, actor);
        return conversations.findByTrajectoryIdOrderByHeldOnDescIdDesc(trajectoryId);
    }
}
