/**
 * Sector groups and experts (sectorgroepen en experts), the prospecting's network: in the prospecting a candidate
 * "legt contacten met andere meer vakgerichte experts of vormt een nieuwe groep met andere kandidaten die willen
 * werken of reeds werken in dezelfde sector". Sector groups cut across learning groups, with a contact person and
 * meetings; the expert register is the cooperative's, and an introduction of a candidate to an expert is logged as
 * one of the candidate's prospecting activities.
 */
package be.actraject.domain.sector;
