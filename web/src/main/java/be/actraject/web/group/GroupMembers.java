package be.actraject.web.group;

import be.actraject.domain.group.CollectiveSession;
import be.actraject.domain.group.GroupMember;
import be.actraject.domain.group.LearningGroups;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.Trajectory;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The members of a group with their candidates, loaded in two queries. */
@Component
class GroupMembers {

    private final LearningGroups groups;
    private final Caseload caseload;

    GroupMembers(LearningGroups groups, Caseload caseload) {
        this.groups = groups;
        this.caseload = caseload;
    }

    List<Trajectory> of(long groupId) {
        return candidates(groups.members(groupId));
    }

    /** Those who belonged to the group on the session's day, in the order they joined. */
    List<Trajectory> at(CollectiveSession session) {
        return candidates(groups.membersAt(session));
    }

    private List<Trajectory> candidates(List<GroupMember> members) {
        List<Long> ids = members.stream().map(GroupMember::getTrajectoryId).toList();
        Map<Long, Trajectory> byId = caseload.byIds(ids);
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }
}
