/**
 * The figures a cooperative reports to itself and its funders (issue 20): a catalogue ({@link
 * be.actraject.domain.figures.Figure}) in which each figure has one written definition (its help text in the bundles,
 * and the README's table) and one implementation, counted by grouped queries in the database on the domain's own
 * records (trajectories, their phase periods, the timeline, invoices, collective sessions), for a {@link
 * be.actraject.domain.figures.Period} and a {@link be.actraject.domain.figures.FigureFilter}. Every number has its
 * drill-down, the trajectories behind it, read with the same query fragment so that the list always equals the
 * count. Survival after the exit is {@link be.actraject.domain.aftercare.SurvivalFigures}, offered here, not redone.
 */
package be.actraject.domain.figures;
