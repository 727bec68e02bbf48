package be.actraject.domain.training;

import be.actraject.domain.RefusedException;

/** An enrolment for a POP action that is not an open action of the candidate's current plan (done, or another's). */
public class PlanActionNotOpenException extends RefusedException {

    public PlanActionNotOpenException(long actionId) {
        super("training.refused.action", "Not an open action of the current plan: " + actionId);
    }
}
