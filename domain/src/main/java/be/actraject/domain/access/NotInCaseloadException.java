package be.actraject.domain.access;

/** Thrown when an actor asks for, or acts on, a candidate outside the caseload they may see. */
public class NotInCaseloadException extends RuntimeException {

    private final long trajectoryId;

    public NotInCaseloadException(String userId, long trajectoryId) {
        super("User " + userId + " may not access trajectory " + trajectoryId);
        this.trajectoryId = trajectoryId;
    }

    public long trajectoryId() {
        return trajectoryId;
    }
}
