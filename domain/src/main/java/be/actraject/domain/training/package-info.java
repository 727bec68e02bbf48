/**
 * Training modules by third parties ("diverse specifieke opleidingsmodules op maat die georganiseerd worden door
 * derden in overleg met de ac"): the providers and their modules, kept by coordinators, and the enrolments of
 * candidates in exploration and prospecting, from the request through agreement and attendance to the certificate in
 * the dossier. Every step leaves a line in the trajectory's timeline; every refusal writes nothing.
 */
package be.actraject.domain.training;
