package be.actraject.domain.training;

import be.actraject.domain.RefusedException;

/** An enrolment in a module (or a moment of it) whose seats are all taken. */
public class ModuleFullException extends RefusedException {

    public ModuleFullException(String moduleTitle, int seats) {
        super("training.refused.full", "Module full: " + moduleTitle + " (" + seats + " seats)", moduleTitle, seats);
    }
}
