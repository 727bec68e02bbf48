/**
 * Finding people and papers within one's caseload: the search behind the navigation's box (candidates by name, job
 * seeker number, e-mail or phone; customers; invoices by number) and the filtered, sorted, paged list of candidates.
 * Every read is a fixed handful of statements whatever the caseload's size; the caseload rule is in their where
 * clauses ({@link be.actraject.domain.find.CaseloadClause}), not applied afterwards in Java.
 */
package be.actraject.domain.find;
