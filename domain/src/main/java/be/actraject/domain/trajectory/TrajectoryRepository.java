package be.actraject.domain.trajectory;

import be.actraject.workflow.Phase;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

interface TrajectoryRepository extends JpaRepository<Trajectory, Long> {

    /** Trajectories with their candidates and phases in one statement, for lists that show all three. */
    @Query("select t from Trajectory t join fetch t.candidate left join fetch t.phases where t.id in :ids")
    List<Trajectory> findWithCandidateByIdIn(Collection<Long> ids);

    @Query("""
            select t from Trajectory t join fetch t.candidate c left join fetch t.phases
            order by c.lastName, c.firstName, t.id""")
    List<Trajectory> findAllWithCandidate();

    /** The running trajectories with their candidates: what the watch looks at, whatever the history. */
    @Query("select t from Trajectory t join fetch t.candidate where t.endDate is null")
    List<Trajectory> findRunningWithCandidate();

    /** How many running trajectories are in each phase: for the metrics, one query. */
    @Query("select t.phase as phase, count(t) as count from Trajectory t where t.endDate is null group by t.phase")
    List<PhaseCount> countRunningByPhase();

    /** The running trajectories of one phase. */
    interface PhaseCount {
        Phase getPhase();

        long getCount();
    }

    /**
     * A coach's caseload when they lead no learning group: their own candidates and those no coach has taken yet.
     * Both conditions are found by the coach index (issue 19).
     */
    @Query("""
            select t from Trajectory t join fetch t.candidate c left join fetch t.phases
            where t.coach = :coach or t.coach is null
            order by c.lastName, c.firstName, t.id""")
    List<Trajectory> findCaseloadWithCandidate(String coach);


    /**
     * A coach's caseload: their own candidates, those no coach has taken yet, and the members of the learning
     * groups they lead ({@link #findInGroupsLedBy}, not empty). The members by their ids rather than by a subquery:
     * PostgreSQL combines three index lookups then, where a subquery among the "or"s makes it read every trajectory.
     */
    @Query("""
            select t from Trajectory t join fetch t.candidate c left join fetch t.phases
            where t.coach = :coach or t.coach is null or t.id in :inGroups
            order by c.lastName, c.firstName, t.id""")
    List<Trajectory> findCaseloadWithCandidate(String coach, Collection<Long> inGroups);

    /** The trajectories in the learning groups a coach leads. */
    @Query("select m.trajectoryId from GroupMember m where m.group.coach = :coach")
    Set<Long> findInGroupsLedBy(String coach);

    @Query("""
            select t from Trajectory t join fetch t.candidate left join fetch t.phases
            where t.candidate.id = :candidateId order by t.id desc""")
    List<Trajectory> findByCandidateIdWithPhases(long candidateId);

    /** One trajectory with its candidate and phases, which every screen about it shows. */
    @Query("select t from Trajectory t join fetch t.candidate left join fetch t.phases where t.id = :id")
    Optional<Trajectory> findWithCandidateById(long id);

    /** Which coach leads the learning group of each of these trajectories (a trajectory is in one group at most). */
    @Query("select m.trajectoryId as trajectoryId, m.group.coach as coach from GroupMember m"
            + " where m.trajectoryId in :trajectoryIds and m.group.coach is not null")
    List<GroupLeader> findGroupLeaders(java.util.Collection<Long> trajectoryIds);

    /** A trajectory and the coach who leads its learning group. */
    interface GroupLeader {
        Long getTrajectoryId();

        String getCoach();
    }
}
