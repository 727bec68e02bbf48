/**
 * The candidate entrepreneur's personal dossier: who they are, how to reach them, their job seeker registration
 * and their business idea. A candidate enters through a registration, which also opens their trajectory.
 */
package be.actraject.domain.candidate;
