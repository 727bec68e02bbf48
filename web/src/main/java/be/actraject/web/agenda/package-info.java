/**
 * The agenda (issue 16, Plan): a person's week or month of what lies ahead in their caseload, planning a
 * conversation from the dossier, and the personal calendar feed (iCalendar, by ical4j) that a calendar application
 * fetches with a secret address instead of a sign-in. What the agenda holds and who sees what is the domain's
 * ({@code domain.agenda}); this package shows it and writes it as a feed.
 */
package be.actraject.web.agenda;
