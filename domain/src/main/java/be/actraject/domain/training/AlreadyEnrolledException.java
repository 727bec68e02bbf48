package be.actraject.domain.training;

import be.actraject.domain.RefusedException;

/** An enrolment in a module on demand, or a moment, the candidate already has an enrolment in that still stands. */
public class AlreadyEnrolledException extends RefusedException {

    public AlreadyEnrolledException(String moduleTitle) {
        super("training.refused.alreadyEnrolled", "Already enrolled in " + moduleTitle, moduleTitle);
    }
}
