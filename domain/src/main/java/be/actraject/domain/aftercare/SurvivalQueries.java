package be.actraject.domain.aftercare;

import be.actraject.domain.trajectory.Trajectory;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.Collection;
import java.util.List;

/**
 * The two grouped queries the survival figures come from, so that the database counts and not a loop over every
 * exit: the exits per exit year and type, and the follow-up answers per exit year, type and moment.
 */
interface SurvivalQueries extends Repository<Trajectory, Long> {

    /** Rows of {exit year, exit type, number of exits}. */
    @Query("""
            select year(t.endDate), t.exitType, count(t)
            from Trajectory t
            where t.endDate is not null
            group by year(t.endDate), t.exitType""")
    List<Object[]> exits();

    /**
     * Rows of {exit year, exit type, moment, trajectories with an answer, of those in business}; a trajectory counts
     * once per moment even if a follow-up was somehow recorded twice.
     */
    @Query("""
            select year(t.endDate), t.exitType, c.followUp, count(distinct c.trajectoryId),
                   count(distinct case when c.situation in :inBusiness then c.trajectoryId end)
            from AftercareContact c join Trajectory t on t.id = c.trajectoryId
            where t.endDate is not null and c.followUp in :moments
            group by year(t.endDate), t.exitType, c.followUp""")
    List<Object[]> answers(Collection<String> moments, Collection<Situation> inBusiness);
}
