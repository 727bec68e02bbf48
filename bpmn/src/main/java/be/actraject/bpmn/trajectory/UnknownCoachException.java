package be.actraject.bpmn.trajectory;

/** The person named as coach does not exist or is not in the coach role. */
public class UnknownCoachException extends RuntimeException {

    public UnknownCoachException(String userId) {
        super("No coach with user id " + userId);
    }
}
