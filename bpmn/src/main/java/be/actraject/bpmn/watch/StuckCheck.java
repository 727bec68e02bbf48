package be.actraject.bpmn.watch;

import java.util.List;

/**
 * One kind of stuck item and how to find it. Each check reads what it needs from the shared {@link WatchSnapshot}
 * (loaded once for all checks) or with one query of its own, so the watch costs a fixed handful of queries whatever
 * the size of the history. {@link StuckTrajectories} runs every check; there is one per {@link StuckKind}.
 */
interface StuckCheck {

    StuckKind kind();

    /** @return the stuck items of this kind, in the engine's or the dossier's order; empty for none */
    List<StuckItem> find(WatchSnapshot snapshot);
}
