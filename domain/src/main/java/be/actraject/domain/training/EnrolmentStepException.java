package be.actraject.domain.training;

import be.actraject.domain.RefusedException;

/**
 * A step that does not follow from where the enrolment stands: agreeing twice, completing before attendance, recording
 * attendance of a refused enrolment. Most often a second tab or a double click.
 */
public class EnrolmentStepException extends RefusedException {

    public EnrolmentStepException(EnrolmentState state, EnrolmentState expected) {
        super("training.refused.step", "Enrolment is " + state + ", the step needs " + expected);
    }
}
