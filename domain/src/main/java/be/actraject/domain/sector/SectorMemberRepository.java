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

    /**
     * The groups with a current member in the coach's caseload by coach: one she coaches, or one coached by a colleague
     * in a learning group she leads. Read from the groups' current members, each one's trajectory by its key and its
     * learning group by the member index (issue 19): the members of the learning groups she leads, bound as ids,
     * were 3,000 at 30,000 candidates and made the list of sector groups 1.8 times as slow.
     */
    @Query("""
            select distinct m.group.id from SectorMember m join Trajectory t on t.id = m.trajectoryId
            where m.leftOn is null and (t.coach = ?1 or t.coach is not null and exists (select gm.id from GroupMember gm
            where gm.trajectoryId = m.trajectoryId and gm.group.coach = ?1))""")
    Set<Long> findCurrentGroupIdsOfCaseload(String coach);
}
