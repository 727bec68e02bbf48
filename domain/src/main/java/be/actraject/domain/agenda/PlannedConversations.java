package be.actraject.domain.agenda;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.DossierChange;
import be.actraject.domain.conversation.ConversationKind;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.DossierChanges;
import be.actraject.domain.trajectory.Timeline;
import be.actraject.domain.trajectory.TimelineKind;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.domain.trajectory.TrajectoryEndedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Conversations planned ahead from a candidate's dossier: planned, moved and cancelled by whoever changes the
 * coaching record (the candidate's coach, a coordinator), read by whoever reads it.
 */
@Service
public class PlannedConversations {

    /** The furthest a conversation is planned ahead: conversations come every few weeks, a year is a typing error. */
    public static final int MONTHS_AHEAD = 12;

    private final PlannedConversationRepository planned;
    private final DossierChanges changes;
    private final Caseload caseload;
    private final Timeline timeline;
    private final Clock clock;

    public PlannedConversations(PlannedConversationRepository planned, DossierChanges changes, Caseload caseload,
                                Timeline timeline, Clock clock) {
        this.planned = planned;
        this.changes = changes;
        this.caseload = caseload;
        this.timeline = timeline;
        this.clock = clock;
    }

    /**
     * Plans a conversation in the candidate's running trajectory.
     *
     * @param startsAt when, on the cooperative's clock (its time zone)
     * @param place    where, or a note; at most 200 characters, blank for none
     * @throws PlannedConversationOutOfWindowException on a day before today or more than {@link #MONTHS_AHEAD} months
     *                                                 ahead
     * @throws PlannedConversationInThePastException today, at an hour already past
     * @throws NonexistentLocalTimeException at a time the clocks skip (summer time begins), never moved silently
     * @throws be.actraject.domain.access.NotPermittedException for an actor who does not change the coaching record
     * @throws TrajectoryEndedException after the candidate's exit
     */
    @Transactional
    public PlannedConversation plan(long candidateId, LocalDateTime startsAt, ConversationKind kind, String place,
                                    Actor actor) {
        Trajectory trajectory = changes.currentOf(candidateId, DossierChange.COACHING_RECORD, actor);
        if (!trajectory.isActive()) {
            throw new TrajectoryEndedException(trajectory.getId());
        }
        PlannedConversation conversation = new PlannedConversation(trajectory.getId(), actor.userId(),
                clock.instant());
        conversation.set(inWindow(startsAt), Objects.requireNonNull(kind, "kind"), place);
        return planned.save(conversation);
    }

    /** Moves a planned conversation, or changes how or where; the same rules as {@link #plan}. */
    @Transactional
    public PlannedConversation change(long id, LocalDateTime startsAt, ConversationKind kind, String place,
                                      Actor actor) {
        PlannedConversation conversation = toChange(id, actor);
        conversation.set(inWindow(startsAt), Objects.requireNonNull(kind, "kind"), place);
        return conversation;
    }

    /**
     * After a change of coach (in the same transaction): the conversations still ahead stay planned and go to the
     * new coach with the trajectory — the agenda follows the candidate's coach — and the timeline says how many, so
     * neither coach wonders who holds them. Nothing is written when none is ahead.
     *
     * @return how many planned conversations the new coach took over
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int takeOver(long trajectoryId, String actorId) {
        int ahead = planned.findByTrajectoryIdAndStartsAtGreaterThanEqualOrderByStartsAt(trajectoryId,
                clock.instant()).size();
        if (ahead > 0) {
            timeline.record(trajectoryId, TimelineKind.PLANNED_CONVERSATIONS_TAKEN_OVER, actorId,
                    Integer.toString(ahead));
        }
        return ahead;
    }

    /**
     * Cancels a planned conversation: it leaves the agenda and the calendar feeds. Also after the candidate's exit:
     * a conversation planned before it would otherwise stay in the coach's calendar for good.
     */
    @Transactional
    public void cancel(long id, Actor actor) {
        PlannedConversation conversation = planned.findById(id)
                .orElseThrow(() -> new PlannedConversationNotFoundException(id));
        changes.trajectory(conversation.getTrajectoryId(), DossierChange.COACHING_RECORD, actor);
        planned.delete(conversation);
    }

    /** One planned conversation, for whoever reads the candidate's coaching record. */
    @Transactional(readOnly = true)
    public PlannedConversation get(long id, Actor actor) {
        PlannedConversation conversation = planned.findById(id)
                .orElseThrow(() -> new PlannedConversationNotFoundException(id));
        caseload.coachingRecord(conversation.getTrajectoryId(), actor);
        return conversation;
    }

    /** The conversations still ahead in a trajectory (from today on), the earliest first. */
    @Transactional(readOnly = true)
    public List<PlannedConversation> ahead(long trajectoryId, Actor actor) {
        caseload.coachingRecord(trajectoryId, actor);
        return planned.findByTrajectoryIdAndStartsAtGreaterThanEqualOrderByStartsAt(trajectoryId,
                LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant());
    }

    private PlannedConversation toChange(long id, Actor actor) {
        PlannedConversation conversation = planned.findById(id)
                .orElseThrow(() -> new PlannedConversationNotFoundException(id));
        changes.activeTrajectory(conversation.getTrajectoryId(), DossierChange.COACHING_RECORD, actor);
        return conversation;
    }

    private Instant inWindow(LocalDateTime startsAt) {
        LocalDate today = LocalDate.now(clock);
        LocalDate latest = today.plusMonths(MONTHS_AHEAD);
        Instant at = WallClock.instantOf(Objects.requireNonNull(startsAt, "startsAt"), clock.getZone());
        if (startsAt.toLocalDate().isBefore(today) || startsAt.toLocalDate().isAfter(latest)) {
            throw new PlannedConversationOutOfWindowException(today, latest);
        }
        Instant now = clock.instant();
        if (at.isBefore(now)) {
            throw new PlannedConversationInThePastException(at, now);
        }
        return at;
    }
}
