/**
 * The decisions taken about a trajectory — continue or reorient after the intake, the phase reviews, the exit
 * decision, the decisions at a time limit — each with its motivation, who took it and when.
 */
package be.actraject.domain.decision;
