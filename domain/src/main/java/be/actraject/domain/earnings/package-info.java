/**
 * The monthly extra-earnings statement of a candidate in the invoicing phase: the candidate keeps their benefit
 * and may earn at most a set amount per hour worked on top of it (2 euro by default, a parameter).
 */
package be.actraject.domain.earnings;
