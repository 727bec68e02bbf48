/**
 * The screens of sector groups and experts: the groups with their members and meetings, the expert register, and
 * the introduction of a candidate to an expert from the dossier. Every read and write is checked again by the
 * domain services; the screens only leave out what those would refuse.
 */
package be.actraject.web.sector;
