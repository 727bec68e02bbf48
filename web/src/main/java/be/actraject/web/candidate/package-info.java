/**
 * The candidates: the list of a person's caseload (filtered by status, coach, group and text, sorted and paged in the
 * database, its filters in the address), the registration form and the dossier, and the corrections made from the
 * dossier — the personal data (the candidate's coach or a coordinator), the coach and the date of entry (a
 * coordinator, with a reason).
 */
package be.actraject.web.candidate;
