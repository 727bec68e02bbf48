/**
 * The trajectory (traject) of one candidate through the four phases to an exit: who coaches it, which phase it is
 * in since when, how it ended, and a timeline of everything that happened. Registration opens a trajectory; the
 * process models move it from phase to phase through {@link be.actraject.domain.trajectory.TrajectoryProgress}. Who
 * may read a candidate's dossier is {@link be.actraject.domain.trajectory.Caseload}'s rule, who may change it
 * {@link be.actraject.domain.trajectory.DossierChanges}'. Corrections (issue 16) change what was recorded wrongly, each
 * on the timeline: the personal data ({@link be.actraject.domain.trajectory.PersonalDataCorrections}, coach or
 * coordinator), and with a reason in the audit log the coach ({@link be.actraject.domain.trajectory.CoachChanges}) and
 * the date of entry ({@link be.actraject.domain.trajectory.EntryDateCorrections}), coordinators only.
 */
package be.actraject.domain.trajectory;
