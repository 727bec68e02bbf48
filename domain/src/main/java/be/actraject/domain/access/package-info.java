/**
 * Who is acting and what they may see. Every read or change of a candidate's data goes through
 * {@link be.actraject.domain.access.Actor} so that the caseload rule is applied in one place, on the server.
 */
package be.actraject.domain.access;
