package be.actraject.bpmn.watch;

import java.util.Map;

/**
 * A look at the watch: the count of every kind, and the lists shown — the first page of every kind with stuck items
 * (the overview), or one page of one kind.
 *
 * @param counts every kind, in {@link StuckKind}'s order, with its count (0 for none)
 * @param lists  the kinds shown, in that order, each with its page
 * @param kind   the one kind asked for; null for the overview
 */
public record WatchView(Map<StuckKind, Long> counts, Map<StuckKind, StuckList> lists, StuckKind kind) {
}
