package be.actraject.domain.training;

import be.actraject.domain.RefusedException;

/**
 * Attendance or absence recorded for an enrolment a coordinator refused: the candidate was never expected, so there is
 * nothing to record. Only a forged or stale post gets here; the dossier offers no buttons for it.
 */
public class AttendanceOfRefusedEnrolmentException extends RefusedException {

    public AttendanceOfRefusedEnrolmentException(String moduleTitle) {
        super("training.refused.attendanceOfRefused", "Attendance of a refused enrolment in " + moduleTitle,
                moduleTitle);
    }
}
