package be.actraject.domain.training;

import be.actraject.domain.RefusedException;

/** An enrolment in a module on demand, or a moment, the candidate already has an enrolment in that still stands. */
public class AlreadyEnrolledException extends RefusedException {

    /**
     * @param onDemand whether the module is on demand: its enrolment has no moment, and the sentence names none
     *                 (key {@code training.refused.alreadyEnrolled.onDemand})
     */
    public AlreadyEnrolledException(String moduleTitle, boolean onDemand) {
        super(onDemand ? "training.refused.alreadyEnrolled.onDemand" : "training.refused.alreadyEnrolled",
                "Already enrolled in " + moduleTitle, moduleTitle);
    }
}
