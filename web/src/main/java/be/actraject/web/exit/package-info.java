/** Stopping a trajectory from its dossier, and the exit registration that follows. */
package be.actraject.web.exit;
