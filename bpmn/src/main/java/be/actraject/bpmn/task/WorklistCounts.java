package be.actraject.bpmn.task;

import be.actraject.bpmn.engine.AfterCommit;
import be.actraject.domain.access.Actor;
import be.actraject.workflow.Role;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The worklist's counts, kept a short while when they are many (issue 19). Counting a scope reads every task it
 * counts — the engine's own {@code TaskQuery.count()} does too — so with tens of thousands of open tasks the counts,
 * not the page, are what grows. Below {@code actraject.worklist.counts-cached-from} visible tasks (1,000) the counts
 * are made afresh for every page, as before; from there on they are kept for at most
 * {@code actraject.worklist.counts-max-age} (30 s) per person, roles and candidate text, and the page says from when
 * they are ({@link Worklist#countedAt()}). The person's own claims, completions and hand-overs on this node forget
 * their counts at once ({@link #forget}); what colleagues or another node change shows within the maximum age. The
 * page itself (its rows and their order) is always read afresh.
 *
 * <p>Per node, in memory (Caffeine), at most {@value #MOST} entries.
 */
@Component
class WorklistCounts {

    static final int MOST = 10_000;

    private final WorklistRows rows;
    private final int cachedFrom;
    private final Cache<Key, Counted> counted;

    WorklistCounts(WorklistRows rows,
                   @Value("${actraject.worklist.counts-cached-from:1000}") int cachedFrom,
                   @Value("${actraject.worklist.counts-max-age:30s}") Duration maxAge) {
        this.rows = rows;
        this.cachedFrom = cachedFrom;
        this.counted = Caffeine.newBuilder().maximumSize(MOST).expireAfterWrite(maxAge).build();
    }

    /**
     * The grouped counts of every scope the actor may use ({@link WorklistRows#groups}).
     *
     * @return the groups, and the moment they were counted when they come from the cache or will be kept (null when
     *         made afresh for this page and not kept)
     */
    Counted groups(WorklistQuery query, Actor actor, Instant now) {
        Key key = new Key(actor.userId(), Set.copyOf(actor.roles()), query.candidate());
        Counted kept = counted.getIfPresent(key);
        if (kept != null) {
            return kept;
        }
        List<WorklistRows.Group> groups = rows.groups(query, actor, now);
        if (groups.stream().mapToInt(WorklistRows.Group::count).sum() < cachedFrom) {
            return new Counted(groups, null);
        }
        Counted fresh = new Counted(groups, now);
        counted.put(key, fresh);
        return fresh;
    }

    /**
     * Forgets the people's counts on this node once the running transaction commits (at once without one): after
     * their own change they see it counted — not before it is committed, or a page in between would keep the old.
     */
    void forget(String... userIds) {
        Set<String> people = Arrays.stream(userIds).filter(Objects::nonNull).collect(Collectors.toSet());
        AfterCommit.run(() -> forgetNow(people));
    }

    private void forgetNow(Set<String> people) {
        counted.asMap().keySet().removeIf(key -> people.contains(key.userId()));
    }

    /** @param countedAt when the groups were counted, if they are kept; null when counted for this page alone */
    record Counted(List<WorklistRows.Group> groups, Instant countedAt) {
    }

    private record Key(String userId, Set<Role> roles, String candidate) {
    }
}
