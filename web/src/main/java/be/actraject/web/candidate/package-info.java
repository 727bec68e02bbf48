/** The candidates: the list of a person's caseload, the registration form and the dossier. */
package be.actraject.web.candidate;
