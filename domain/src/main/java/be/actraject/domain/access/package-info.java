/**
 * Who is acting and what they may see or change. Every read or change of a candidate's data goes through
 * {@link be.actraject.domain.access.Actor} so that the caseload rule is applied in one place, on the server; each kind
 * of change to a dossier names the roles whose work it is ({@link be.actraject.domain.access.DossierChange}).
 */
package be.actraject.domain.access;
