package be.actraject.domain.training;

import be.actraject.domain.RefusedException;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A moment of a module at a start it has a moment at already: the same moment twice would be listed twice and
 * offer its seats twice. The sentence stands beside the field that was typed, so it names no day.
 */
public class DuplicateMomentException extends RefusedException {

    public DuplicateMomentException(LocalDate day, LocalTime start) {
        super("training.moment.duplicate", "The module has a moment on " + day + " at " + start + " already");
    }
}
