package be.actraject.bpmn.watch;

import java.time.Instant;
import java.util.Map;

/**
 * A look at the watch: the count of every kind, and the lists shown — the first page of every kind with stuck items
 * (the overview), or one page of one kind.
 *
 * @param counts    every kind, in {@link StuckKind}'s order, with its count (0 for none)
 * @param lists     the kinds shown, in that order, each with its page
 * @param kind      the one kind asked for; null for the overview
 * @param running   the trajectories running when it was looked at
 * @param checkedAt when the look shown was made, when it is one kept a while ({@link KeptLooks}); null
 *                  for a look made for this page
 */
public record WatchView(Map<StuckKind, Long> counts, Map<StuckKind, StuckList> lists, StuckKind kind, long running,
                        Instant checkedAt) {

    /** A look made for this page, without the number running (a test's). */
    public WatchView(Map<StuckKind, Long> counts, Map<StuckKind, StuckList> lists, StuckKind kind) {
        this(counts, lists, kind, 0, null);
    }

    /** This look, kept from {@code moment}. */
    WatchView keptFrom(Instant moment) {
        return new WatchView(counts, lists, kind, running, moment);
    }
}
