/**
 * The candidates: the list of a person's caseload (filtered by status, coach, group and text, sorted and paged in the
 * database, its filters in the address), the registration form and the dossier.
 */
package be.actraject.web.candidate;
