package be.actraject.domain.group;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

interface GroupMemberRepository extends JpaRepository<GroupMember, Long> {

    @Query("select m from GroupMember m join fetch m.group where m.trajectoryId = :trajectoryId")
    Optional<GroupMember> findByTrajectoryId(Long trajectoryId);

    @Query("select distinct m.group.id from GroupMember m where m.trajectoryId in :trajectoryIds")
    Set<Long> findGroupIdsOf(Collection<Long> trajectoryIds);

    @Query("select m from GroupMember m where m.group.id = :groupId order by m.joinedOn")
    List<GroupMember> findByGroupId(Long groupId);
}
