package be.actraject.domain.training;

import be.actraject.domain.RefusedException;

import java.time.LocalDate;

/** An enrolment for a moment of a module that has already taken place. */
public class ModuleDatePassedException extends RefusedException {

    public ModuleDatePassedException(String moduleTitle, LocalDate heldOn) {
        super("training.refused.past", "Moment of " + moduleTitle + " was on " + heldOn, moduleTitle, heldOn);
    }
}
