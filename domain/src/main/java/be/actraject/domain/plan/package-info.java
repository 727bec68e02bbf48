/**
 * The personal development plan (persoonlijk ontwikkelingsplan, POP) that coach and candidate agree on from the
 * Entre-spiegel results. Every change is a new version; earlier versions are kept to show the road travelled.
 */
package be.actraject.domain.plan;
