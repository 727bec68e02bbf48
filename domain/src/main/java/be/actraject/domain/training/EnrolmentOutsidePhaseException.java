package be.actraject.domain.training;

import be.actraject.domain.RefusedException;
import be.actraject.workflow.Phase;

/**
 * An enrolment for a candidate who is not in exploration or prospecting, the phases whose actions name training
 * modules by third parties (or whose trajectory has ended).
 */
public class EnrolmentOutsidePhaseException extends RefusedException {

    public EnrolmentOutsidePhaseException(Phase phase) {
        super("training.refused.phase", "Enrolment in phase " + phase);
    }
}
