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

    /** The groups with a current member coached by the coach: by the coach index, not the caseload's ids (issue 19). */
    @Query("""
            select distinct m.group.id from SectorMember m join Trajectory t on t.id = m.trajectoryId
            where m.leftOn is null and t.coach = ?1""")
    Set<Long> findCurrentGroupIdsOfCoach(String coach);

    /** The groups with a current member among these trajectories that have a coach. */
    @Query("""
            select distinct m.group.id from SectorMember m join Trajectory t on t.id = m.trajectoryId
            where m.leftOn is null and t.coach is not null and t.id in ?1""")
    Set<Long> findCurrentGroupIdsOfCoached(Collection<Long> trajectoryIds);
}
