/** The tasks of phase 1, the intake: what completing each one records in the domain. */
package be.actraject.bpmn.intake;
