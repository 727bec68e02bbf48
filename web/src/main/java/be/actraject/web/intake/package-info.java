/**
 * The coaching screens that start in the intake: the individual conversation (a task in every phase) with its
 * action points, the Entre-spiegel task, and the POP (created in the intake, updated from the dossier in any phase).
 * The Entre-spiegel's charts, report and reference profile are in {@code web.assessment}.
 */
package be.actraject.web.intake;
