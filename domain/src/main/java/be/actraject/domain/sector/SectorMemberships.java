package be.actraject.domain.sector;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.DossierChange;
import be.actraject.domain.trajectory.DossierChanges;
import be.actraject.domain.trajectory.Timeline;
import be.actraject.domain.trajectory.TimelineKind;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.workflow.Phase;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Candidates joining and leaving sector groups. Whoever keeps the group (coordinators, its contact person) places a
 * candidate in it, and only one whose coaching record they may change (a coach: her own caseload), as for every
 * other write in a dossier. Each join and leave is a line in the candidate's timeline.
 */
@Service
public class SectorMemberships {

    private final SectorGroups groups;
    private final SectorMemberRepository members;
    private final DossierChanges changes;
    private final Timeline timeline;
    private final Clock clock;

    public SectorMemberships(SectorGroups groups, SectorMemberRepository members, DossierChanges changes,
                             Timeline timeline, Clock clock) {
        this.groups = groups;
        this.members = members;
        this.changes = changes;
        this.timeline = timeline;
        this.clock = clock;
    }

    /**
     * @throws be.actraject.domain.access.NotPermittedException for an actor who does not keep the group
     * @throws SectorGroupClosedException for a closed group
     * @throws NotProspectingException for a candidate not in the prospecting
     * @throws AlreadyMemberException  for a current member
     */
    @Transactional
    public void join(long groupId, long trajectoryId, Actor actor) {
        SectorGroup group = groups.running(groupId, actor);
        // Locked before the membership is looked for: a double click or two keepers adding the same candidate at
        // once wait here, one at a time, and the second finds the first's membership instead of adding another.
        groups.lockForMembers(groupId);
        Trajectory trajectory = changes.activeTrajectory(trajectoryId, DossierChange.COACHING_RECORD, actor);
        if (trajectory.getPhase() != Phase.PROSPECTING) {
            throw new NotProspectingException(trajectoryId, trajectory.getPhase());
        }
        if (members.existsByGroupIdAndTrajectoryIdAndLeftOnIsNull(groupId, trajectoryId)) {
            throw new AlreadyMemberException(groupId, trajectoryId);
        }
        members.save(new SectorMember(group, trajectoryId, LocalDate.now(clock)));
        timeline.record(trajectoryId, TimelineKind.SECTOR_GROUP_JOINED, actor.userId(), group.getName());
    }

    /**
     * Closes the membership; leaving a group one is not in (any more: a second click) changes nothing. A trajectory
     * that ended may leave.
     *
     * @return whether a current membership was closed; false for a candidate who is not a member now
     */
    @Transactional
    public boolean leave(long groupId, long trajectoryId, Actor actor) {
        SectorGroup group = groups.managed(groupId, actor);
        changes.trajectory(trajectoryId, DossierChange.COACHING_RECORD, actor);
        var current = members.findByGroupIdAndTrajectoryIdAndLeftOnIsNull(groupId, trajectoryId);
        current.forEach(m -> m.leave(LocalDate.now(clock)));
        if (!current.isEmpty()) {
            timeline.record(trajectoryId, TimelineKind.SECTOR_GROUP_LEFT, actor.userId(), group.getName());
        }
        return !current.isEmpty();
    }

}
