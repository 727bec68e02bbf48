/**
 * The trajectory (traject) of one candidate through the four phases to an exit: who coaches it, which phase it is
 * in since when, how it ended, and a timeline of everything that happened. Registration opens a trajectory; the
 * process models move it from phase to phase through {@link be.actraject.domain.trajectory.TrajectoryProgress}. Who
 * may read a candidate's dossier is {@link be.actraject.domain.trajectory.Caseload}'s rule, who may change it
 * {@link be.actraject.domain.trajectory.DossierChanges}'.
 */
package be.actraject.domain.trajectory;
