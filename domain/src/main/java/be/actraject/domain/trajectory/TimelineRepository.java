package be.actraject.domain.trajectory;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

interface TimelineRepository extends JpaRepository<TimelineEntry, Long> {

    List<TimelineEntry> findByTrajectoryIdOrderByOccurredAtDescIdDesc(Long trajectoryId);

    /** Per trajectory, when something last happened in it: one row per trajectory, one query. */
    @Query("""
            select e.trajectoryId as trajectoryId, max(e.occurredAt) as lastAt from TimelineEntry e
            where e.trajectoryId in :trajectoryIds group by e.trajectoryId""")
    List<LastActivity> findLastActivities(Collection<Long> trajectoryIds);

    /** A trajectory's latest timeline entry. */
    interface LastActivity {
        Long getTrajectoryId();

        Instant getLastAt();
    }
}
