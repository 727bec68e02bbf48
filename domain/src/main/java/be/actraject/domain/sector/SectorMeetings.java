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

/** The meetings of sector groups: planned by whoever keeps the group, read on its page and in the agenda. */
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
     * @throws NotPermittedException  for an actor who does not keep the group
     * @throws MeetingInPastException for a meeting that would start before now
     */
    @Transactional
    public SectorMeeting plan(long groupId, @Valid MeetingEntry entry, Actor actor) {
        SectorGroup group = groups.managed(groupId, actor);
        if (!entry.startsAt().isAfter(clock.instant())) {
            throw new MeetingInPastException(groupId);
        }
        if (Typed.clean(entry.place()) == null || Typed.clean(entry.topic()) == null) {
            throw new IllegalArgumentException("A meeting has a place and a topic");
        }
        return meetings.save(new SectorMeeting(group, entry, actor.userId()));
    }

    /** The group's meetings by start; for its page, after {@link SectorGroups#group} let the reader in. */
    @Transactional(readOnly = true)
    public List<SectorMeeting> of(SectorGroup group) {
        return meetings.findByGroupIdOrderByStartsAtAsc(group.getId());
    }

    /** Every group's meetings that start in [from, until), with their groups: one query, for the agenda. */
    @Transactional(readOnly = true)
    public List<SectorMeeting> between(Instant from, Instant until) {
        return meetings.findWithGroupBetween(from, until);
    }
}
