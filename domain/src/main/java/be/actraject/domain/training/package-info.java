/**
 * Training modules by third parties ("diverse specifieke opleidingsmodules op maat die georganiseerd worden door
 * derden in overleg met de ac"): the providers and their modules, kept by coordinators, and the enrolments of
 * candidates in exploration and prospecting, from the request through agreement ({@link Enrolments}) to attendance or
 * absence and the certificate in the dossier ({@link Attendances}), where an attendance or absence recorded by mistake
 * is taken back with a reason. Every step leaves a line in the trajectory's timeline; every refusal writes nothing.
 */
package be.actraject.domain.training;
