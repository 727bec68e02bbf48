package be.actraject.bpmn.trajectory;

import be.actraject.domain.RefusedException;

/** The person named as coach does not exist or is not in the coach role. */
public class UnknownCoachException extends RefusedException {

    public UnknownCoachException(String userId) {
        super("candidate.coach.unknown", "No coach with user id " + userId);
    }
}
