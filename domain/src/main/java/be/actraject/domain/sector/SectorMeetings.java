package be.actraject.domain.sector;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.NotPermittedException;
import jakarta.validation.Valid;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The meetings of sector groups: planned, moved and cancelled by whoever keeps a running group, read on its page and
 * — while they take place — in the agenda and the calendar feeds.
 */
@Service
@Validated
public class SectorMeetings {

    private final SectorGroups groups;
    private final SectorMeetingRepository meetings;
    private final Clock clock;

    public SectorMeetings(SectorGroups groups, SectorMeetingRepository meetings, Clock clock) {
        this.groups = groups;
        this.meetings = meetings;
        this.clock = clock;
    }

    /**
     * @throws NotPermittedException      for an actor who does not keep the group
     * @throws SectorGroupClosedException for a closed group
     * @throws MeetingInPastException     for a meeting that would start before now
     */
    @Transactional
    public SectorMeeting plan(long groupId, @Valid MeetingEntry entry, Actor actor) {
        SectorGroup group = groups.running(groupId, actor);
        ahead(groupId, entry);
        return meetings.save(new SectorMeeting(group, entry, actor.userId()));
    }

    /**
     * Moves a meeting still ahead, or changes its length, place or topic; the agenda and the feeds follow.
     *
     * @throws SectorMeetingNotFoundException for no such meeting in the group
     * @throws MeetingHeldException           for a meeting that has started
     * @throws MeetingCancelledException      for a cancelled meeting
     * @throws MeetingInPastException         for a new time before now
     */
    @Transactional
    public SectorMeeting move(long groupId, long meetingId, @Valid MeetingEntry entry, Actor actor) {
        SectorMeeting meeting = toChange(groupId, meetingId, actor);
        ahead(groupId, entry);
        meeting.change(entry);
        return meeting;
    }

    /**
     * Cancels a meeting still ahead: it stays on the group's page as cancelled and leaves the agenda and the feeds.
     *
     * @throws SectorMeetingNotFoundException for no such meeting in the group
     * @throws MeetingHeldException           for a meeting that has started
     * @throws MeetingCancelledException      for a meeting cancelled already
     */
    @Transactional
    public SectorMeeting cancel(long groupId, long meetingId, Actor actor) {
        SectorMeeting meeting = toChange(groupId, meetingId, actor);
        meeting.cancel(clock.instant(), actor.userId());
        return meeting;
    }

    /** One meeting of a group; for its page, after {@link SectorGroups#group} let the reader in. */
    @Transactional(readOnly = true)
    public SectorMeeting of(SectorGroup group, long meetingId) {
        return meetings.findById(meetingId).filter(m -> m.getGroup().getId().equals(group.getId()))
                .orElseThrow(() -> new SectorMeetingNotFoundException(group.getId(), meetingId));
    }

    /** The group's meetings by start, the cancelled ones too; for its page, after {@link SectorGroups#group}. */
    @Transactional(readOnly = true)
    public List<SectorMeeting> of(SectorGroup group) {
        return meetings.findByGroupIdOrderByStartsAtAsc(group.getId());
    }

    /**
     * Every running group's meetings that take place and start in [from, until), with their groups: one query, for
     * the agenda.
     */
    @Transactional(readOnly = true)
    public List<SectorMeeting> between(Instant from, Instant until) {
        return meetings.findWithGroupBetween(from, until);
    }

    private SectorMeeting toChange(long groupId, long meetingId, Actor actor) {
        SectorGroup group = groups.running(groupId, actor);
        SectorMeeting meeting = of(group, meetingId);
        if (meeting.isCancelled()) {
            throw new MeetingCancelledException(meetingId);
        }
        if (meeting.hasStartedBy(clock.instant())) {
            throw new MeetingHeldException(meetingId);
        }
        return meeting;
    }

    private void ahead(long groupId, MeetingEntry entry) {
        if (!entry.startsAt().isAfter(clock.instant())) {
            throw new MeetingInPastException(groupId);
        }
        if (Typed.clean(entry.place()) == null || Typed.clean(entry.topic()) == null) {
            throw new IllegalArgumentException("A meeting has a place and a topic");
        }
    }
}
