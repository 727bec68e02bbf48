/** Logging the prospecting activities from the dossier. */
package be.actraject.web.prospecting;
