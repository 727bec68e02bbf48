package be.actraject.domain.training;

import be.actraject.domain.NotFoundException;

/** A provider, module, moment or enrolment asked for by an id that does not exist. */
public class TrainingNotFoundException extends NotFoundException {

    public TrainingNotFoundException(String what, long id) {
        super("No training " + what + " " + id);
    }
}
