package be.actraject.domain.find;

import be.actraject.domain.access.Actor;
import be.actraject.domain.trajectory.TrajectoryStatus;
import be.actraject.workflow.Role;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The candidate list's counts per status, kept a short while when they are many (issue 19): counting reads the whole
 * caseload under the filters (a coach's own candidates and the pool), however short the page, so with tens of
 * thousands of trajectories the counts, not the page, are what grows. Below
 * {@code actraject.candidates.counts-cached-from} trajectories (1,000) they are counted for every page, as before;
 * from there on kept for at most {@code actraject.candidates.counts-max-age} (30 s) per person, roles and filters, and
 * the page says from when ({@link CandidatePage#countedAt()}). The rows themselves are always read afresh. Per node,
 * in memory, at most {@value #MOST} entries; the same rule as the worklist's counts.
 */
@Component
class KeptStatusCounts {

    static final int MOST = 10_000;

    private final Clock clock;
    private final long cachedFrom;
    private final Cache<Key, Counted> counted;

    KeptStatusCounts(Clock clock, @Value("${actraject.candidates.counts-cached-from:1000}") long cachedFrom,
                     @Value("${actraject.candidates.counts-max-age:30s}") Duration maxAge) {
        this.clock = clock;
        this.cachedFrom = cachedFrom;
        this.counted = Caffeine.newBuilder().maximumSize(MOST).expireAfterWrite(maxAge).build();
    }

    /**
     * @param count counts them afresh ({@link StatusCounts#of})
     * @return the counts, and when they were counted if they are kept (null when counted for this page alone)
     */
    Counted of(Actor actor, CandidateFilter filter, LocalDate aftercareSince,
               Supplier<Map<TrajectoryStatus, Long>> count) {
        Key key = new Key(actor.userId(), Set.copyOf(actor.roles()), filter.coach(), filter.mine(),
                filter.groupId(), filter.text(), aftercareSince);
        Counted kept = counted.getIfPresent(key);
        if (kept != null) {
            return kept;
        }
        Map<TrajectoryStatus, Long> counts = count.get();
        if (StatusCounts.total(counts, null) < cachedFrom) {
            return new Counted(counts, null);
        }
        Counted fresh = new Counted(counts, clock.instant());
        counted.put(key, fresh);
        return fresh;
    }

    /** @param countedAt when, if they are kept; null when counted for this page */
    record Counted(Map<TrajectoryStatus, Long> counts, Instant countedAt) {
    }

    private record Key(String userId, Set<Role> roles, String coach, boolean mine, Long groupId, String text,
                       LocalDate aftercareSince) {
    }
}
