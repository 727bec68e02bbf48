/**
 * The agenda (issue 16, Plan): what is ahead in a person's caseload, day by day, gathered from the records that
 * hold it — conversations planned from the dossier (kept here), the "next conversation" day of the latest report,
 * the collective sessions of learning groups, the aftercare follow-ups after an exit and the last days of the phase
 * limits — and each person's secret calendar-feed address, kept here as a hash only. Reads follow the caseload rule
 * of {@code domain.trajectory.Caseload}; planning a conversation is a change of the coaching record.
 */
package be.actraject.domain.agenda;
