/**
 * The screens of training modules by third parties: the coordinator's providers and modules (with their enrolments,
 * seats left and the agreement of paid ones), and the dossier's "Opleidingen" box in which a coach enrols a candidate
 * and records attendance and the certificate. The domain's {@code training} services decide; these controllers only
 * translate forms and refusals.
 */
package be.actraject.web.training;
