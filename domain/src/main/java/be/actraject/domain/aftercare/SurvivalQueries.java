package be.actraject.domain.aftercare;

import be.actraject.domain.trajectory.Trajectory;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.Collection;
import java.util.List;

/**
 * The two grouped queries the survival figures come from, so that the database counts and not a loop over every
 * exit: the exits per exit day and type, and the follow-up answers per exit year, type and moment.
 */
interface SurvivalQueries extends Repository<Trajectory, Long> {

    /**
     * Rows of {exit day, exit type, number of exits}: per day, so that each exit's moments are dated as the aftercare
     * schedule dates them (the exit day plus the months); a row per day with exits, not per exit.
     */
    @Query("""
            select t.endDate, t.exitType, count(t)
            from Trajectory t
            where t.endDate is not null
            group by t.endDate, t.exitType""")
    List<Object[]> exitsPerDay();

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
