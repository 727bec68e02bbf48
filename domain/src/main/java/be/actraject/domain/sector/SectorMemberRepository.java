package be.actraject.domain.sector;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Set;

interface SectorMemberRepository extends JpaRepository<SectorMember, Long> {

    List<SectorMember> findByGroupIdOrderByJoinedOnAscIdAsc(Long groupId);

    boolean existsByGroupIdAndTrajectoryIdAndLeftOnIsNull(Long groupId, Long trajectoryId);

    List<SectorMember> findByGroupIdAndTrajectoryIdAndLeftOnIsNull(Long groupId, Long trajectoryId);

    List<SectorMember> findByGroupIdAndLeftOnIsNull(Long groupId);

    @Query("select m from SectorMember m join fetch m.group where m.trajectoryId = ?1 order by m.joinedOn desc, m.id desc")
    List<SectorMember> findWithGroupByTrajectoryId(Long trajectoryId);

    @Query("select distinct m.group.id from SectorMember m where m.leftOn is null and m.trajectoryId in ?1")
    Set<Long> findCurrentGroupIdsOf(Collection<Long> trajectoryIds);
}
