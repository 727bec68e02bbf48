/**
 * The prospecting activities from the dossier: logged, and corrected or completed with their result at any time
 * during the prospecting.
 */
package be.actraject.web.prospecting;
