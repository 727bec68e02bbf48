/**
 * A form is handled once, however often it arrives: a double click, a reload that posts again or the same form sent
 * from a second tab would otherwise create the training moment, the meeting or the introduction twice. Every POST
 * form Thymeleaf renders carries a one-time {@code _submission} field beside Spring Security's {@code _csrf}
 * ({@code SubmissionFields}); a filter after security ({@code RepeatedSubmissionFilter}) lets the first arrival of a
 * token through and answers a repeat with the page the first one went to. The database remembers the tokens, per
 * user, for a day ({@code JdbcSubmissionLedger}, V40), so that every node recognises a repeat. Fixed for the whole kind here, so that no form needs a guard of its own.
 */
package be.actraject.web.submission;
