package be.actraject.domain.sector;

import be.actraject.domain.access.Actor;
import be.actraject.domain.trajectory.Timeline;
import be.actraject.domain.trajectory.TimelineKind;
import jakarta.validation.Valid;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.time.LocalDate;

/**
 * A coordinator's changes to a sector group after its start: its name, sector, description and contact person, and
 * its end. A closed group stays readable with its members and meetings — the cooperative's memory of who met whom —
 * but leaves the agenda and takes nothing new.
 */
@Service
@Validated
public class SectorGroupChanges {

    private final SectorGroups groups;
    private final SectorMemberRepository members;
    private final SectorMeetingRepository meetings;
    private final Timeline timeline;
    private final Clock clock;

    public SectorGroupChanges(SectorGroups groups, SectorMemberRepository members, SectorMeetingRepository meetings,
                              Timeline timeline, Clock clock) {
        this.groups = groups;
        this.members = members;
        this.meetings = meetings;
        this.timeline = timeline;
        this.clock = clock;
    }

    /**
     * @throws be.actraject.domain.access.NotPermittedException for anyone but a coordinator
     * @throws SectorGroupClosedException    for a closed group, which keeps what it closed with
     * @throws DuplicateSectorGroupException for the name of another group
     */
    @Transactional
    public SectorGroup change(long groupId, @Valid SectorGroupEntry entry, Actor actor) {
        SectorGroups.requireStarter(actor);
        SectorGroup group = groups.running(groupId, actor);
        String name = Typed.clean(entry.name());
        if (name == null || Typed.clean(entry.sector()) == null) {
            throw new IllegalArgumentException("A sector group has a name and a sector");
        }
        if (groups.nameTakenByAnother(name, groupId)) {
            throw new DuplicateSectorGroupException(name);
        }
        group.change(entry);
        return group;
    }

    /**
     * Closes the group today: the current memberships end today (a line in each candidate's timeline) and the
     * meetings still ahead are cancelled, so that no calendar keeps them.
     *
     * @throws be.actraject.domain.access.NotPermittedException for anyone but a coordinator
     * @throws SectorGroupClosedException for a group closed already
     */
    @Transactional
    public SectorGroup close(long groupId, Actor actor) {
        SectorGroups.requireStarter(actor);
        SectorGroup group = groups.running(groupId, actor);
        LocalDate today = LocalDate.now(clock);
        for (SectorMember member : members.findByGroupIdAndLeftOnIsNull(groupId)) {
            member.leave(today);
            timeline.record(member.getTrajectoryId(), TimelineKind.SECTOR_GROUP_CLOSED, actor.userId(),
                    group.getName());
        }
        meetings.findByGroupIdAndStartsAtAfterAndCancelledAtIsNull(groupId, clock.instant())
                .forEach(m -> m.cancel(clock.instant(), actor.userId()));
        group.close(today, actor.userId());
        return group;
    }
}
