/** The coordinators' changes to the trajectory parameters, versioned. */
package be.actraject.domain.settings;
