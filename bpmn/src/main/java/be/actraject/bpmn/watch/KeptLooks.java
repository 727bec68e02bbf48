package be.actraject.bpmn.watch;

import be.actraject.bpmn.engine.AfterCommit;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * The watch's looks — the overview and each page of one kind — kept a short while once many trajectories run (issue
 * 19). Every look counts every kind, and four checks read what runs — a trajectory without activity for too long,
 * and the three kinds where engine and dossier disagree are anti-joins over every running trajectory, process
 * instance or open task — so with tens of thousands running the counts, not the rows shown, are what grows. Below
 * {@code actraject.watch.kept-from} running trajectories (1,000) each look is made afresh, as before; from there on a
 * look is kept for at most {@code actraject.watch.kept-max-age} (30 s), the same for every administrator, and the page
 * says when it was looked at ({@link WatchView#checkedAt()}). A repair on this node forgets every kept look once
 * committed ({@link #forget}); one on another node shows within the maximum age, and a repair of a row that changed
 * meanwhile is refused ({@link Repairs}).
 *
 * <p>Per node, in memory (Caffeine), at most {@value #MOST} looks (the overview and pages of the kinds).
 */
@Component
class KeptLooks {

    static final int MOST = 200;

    private final long keptFrom;
    private final Cache<Look, WatchView> kept;

    KeptLooks(@Value("${actraject.watch.kept-from:1000}") long keptFrom,
              @Value("${actraject.watch.kept-max-age:30s}") Duration maxAge) {
        this.keptFrom = keptFrom;
        this.kept = Caffeine.newBuilder().maximumSize(MOST).expireAfterWrite(maxAge).build();
    }

    /**
     * @param kind the kind of a kind's page, or null for the overview
     * @param page the page asked (1 for the overview)
     * @param look a fresh look
     * @param now  when a look made now is kept from
     * @return the kept look, or a fresh one (kept when enough run)
     */
    WatchView look(StuckKind kind, int page, Supplier<WatchView> look, Instant now) {
        Look key = new Look(kind, page);
        WatchView view = kept.getIfPresent(key);
        if (view != null) {
            return view;
        }
        WatchView fresh = look.get();
        if (fresh.running() < keptFrom) {
            return fresh;
        }
        WatchView keeping = fresh.keptFrom(now);
        kept.put(key, keeping);
        return keeping;
    }

    /**
     * Forgets every kept look once the running transaction commits (at once without one): after a repair the
     * administrator sees it counted — not before it is committed, or a look in between would keep the old.
     */
    void forget() {
        AfterCommit.run(kept::invalidateAll);
    }

    /** @param kind null for the overview */
    private record Look(StuckKind kind, int page) {
    }
}
