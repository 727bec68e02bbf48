/** The customers of a candidate's activity: the list in the dossier and the form to add one. */
package be.actraject.web.customer;
