package be.actraject.domain.training;

import be.actraject.domain.RefusedException;

/** Attendance recorded for a module that costs money before a coordinator agreed to the enrolment. */
public class EnrolmentNotAgreedException extends RefusedException {

    public EnrolmentNotAgreedException(String moduleTitle) {
        super("training.refused.notAgreed", "Attendance before agreement for " + moduleTitle, moduleTitle);
    }
}
