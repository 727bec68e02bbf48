package be.actraject.domain.sector;

import be.actraject.domain.trajectory.Timeline;
import be.actraject.domain.trajectory.TimelineKind;
import be.actraject.domain.trajectory.TrajectoryExited;
import be.actraject.domain.trajectory.TrajectoryProgress;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * A candidate who exits leaves the sector groups they are still in, that day, with a line on the timeline each, as
 * when a group closes: otherwise they would stay on the member lists, and in the meetings, of groups for starters. A
 * plain listener: in the transaction that ends the trajectory.
 */
@Component
class MembershipsOnExit {

    private final SectorMemberRepository members;
    private final Timeline timeline;
    private final Clock clock;

    MembershipsOnExit(SectorMemberRepository members, Timeline timeline, Clock clock) {
        this.members = members;
        this.timeline = timeline;
        this.clock = clock;
    }

    @EventListener
    void on(TrajectoryExited exited) {
        LocalDate today = LocalDate.now(clock);
        for (SectorMember member : members.findWithGroupByTrajectoryId(exited.trajectoryId())) {
            if (member.isCurrent()) {
                member.leave(today);
                timeline.record(exited.trajectoryId(), TimelineKind.SECTOR_GROUP_LEFT, TrajectoryProgress.SYSTEM_ACTOR,
                        member.getGroup().getName());
            }
        }
    }
}
