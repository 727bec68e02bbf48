package be.actraject.domain.group;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface GroupMemberRepository extends JpaRepository<GroupMember, Long> {

    @Query("select m from GroupMember m join fetch m.group where m.trajectoryId = :trajectoryId")
    Optional<GroupMember> findByTrajectoryId(Long trajectoryId);

    @Query("select m from GroupMember m where m.group.id = :groupId order by m.joinedOn")
    List<GroupMember> findByGroupId(Long groupId);
}
