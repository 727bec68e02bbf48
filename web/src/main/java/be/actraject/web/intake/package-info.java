/** The screens of the intake's tasks: the individual conversation and the POP. */
package be.actraject.web.intake;
