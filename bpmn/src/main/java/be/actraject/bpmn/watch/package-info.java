/**
 * The administrators' watch over the engine and the dossiers: what is stuck ({@link
 * be.actraject.bpmn.watch.StuckTrajectories}, one {@code StuckCheck} per {@link be.actraject.bpmn.watch.StuckKind},
 * each SQL that finds only its stuck items, counted and paged, so the watch costs a fixed handful of statements however
 * many trajectories run), the repairs that clear it ({@link
 * be.actraject.bpmn.watch.Repairs}, each with a reason, each audited, refused by {@link
 * be.actraject.bpmn.watch.RepairRefusedException} when something changed meanwhile), one trajectory as the engine holds
 * it ({@link be.actraject.bpmn.watch.TrajectoryInspection}) and the counts the metrics export. A new kind of stuck item
 * is a {@code StuckKind} constant, a check class here (its SQL), a factory on {@link be.actraject.bpmn.watch.StuckItem} and its
 * names in the message bundles ({@code stuck.kind.*}, {@code stuck.why.*}).
 */
package be.actraject.bpmn.watch;
