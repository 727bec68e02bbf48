/**
 * The exploration's screens: the placement in a learning group, the deliverables' checklist kept up to date from the
 * dossier during the phase, and the phase review that starts from that checklist.
 */
package be.actraject.web.exploration;
