package be.actraject.bpmn.watch;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * The watch's overview kept a short while once many trajectories run (issue 19). Four of its checks read what runs —
 * a trajectory without activity for too long, and the three kinds where engine and dossier disagree are anti-joins
 * over every running trajectory, process instance or open task — so with tens of thousands running the overview, not
 * its rows, is what grows. Below {@code actraject.watch.overview-kept-from} running trajectories (1,000) it is looked
 * at afresh for every page, as before; from there on it is kept for at most {@code actraject.watch.overview-max-age}
 * (30 s), the same for every administrator, and the page says when it was looked at ({@link WatchView#checkedAt()}).
 * A repair on this node forgets it once committed ({@link #forget}); one on another node shows within the maximum
 * age. A kind's own pages ({@link StuckTrajectories#ofKind}) are always read afresh.
 *
 * <p>Per node, in memory (Caffeine), one entry.
 */
@Component
class KeptOverview {

    private static final String OVERVIEW = "overview";

    private final long keptFrom;
    private final Cache<String, WatchView> kept;

    KeptOverview(@Value("${actraject.watch.overview-kept-from:1000}") long keptFrom,
                 @Value("${actraject.watch.overview-max-age:30s}") Duration maxAge) {
        this.keptFrom = keptFrom;
        this.kept = Caffeine.newBuilder().maximumSize(1).expireAfterWrite(maxAge).build();
    }

    /**
     * @param look a fresh look at the overview
     * @param now  when a look made now is kept from
     * @return the kept look, or a fresh one (kept when enough run)
     */
    WatchView overview(Supplier<WatchView> look, Instant now) {
        WatchView view = kept.getIfPresent(OVERVIEW);
        if (view != null) {
            return view;
        }
        WatchView fresh = look.get();
        if (fresh.running() < keptFrom) {
            return fresh;
        }
        WatchView keeping = fresh.keptFrom(now);
        kept.put(OVERVIEW, keeping);
        return keeping;
    }

    /**
     * Forgets the kept overview once the running transaction commits (at once without one): after a repair the
     * administrator sees it counted — not before it is committed, or a look in between would keep the old.
     */
    void forget() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    kept.invalidateAll();
                }
            });
        } else {
            kept.invalidateAll();
        }
    }
}
