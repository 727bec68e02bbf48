package be.actraject.web.authz;

/**
 * Who posts, relative to the candidate (or task, or group) a row of the matrix is about: the demo has two coaches,
 * {@code coach} and {@code coach2}; the one who coaches the row's candidate is "the coach of the candidate", the other
 * "another coach", who neither coaches the candidate nor leads their learning group.
 */
enum Who {
    COACH_OF_CANDIDATE,
    ANOTHER_COACH,
    COORDINATOR,
    OFFICE,
    ADMINISTRATOR;

    /** The demo account that plays this part, for a row whose candidate {@code coachOfCandidate} coaches. */
    String userId(String coachOfCandidate) {
        return switch (this) {
            case COACH_OF_CANDIDATE -> coachOfCandidate;
            case ANOTHER_COACH -> "coach".equals(coachOfCandidate) ? "coach2" : "coach";
            case COORDINATOR -> "coordinator";
            case OFFICE -> "office";
            case ADMINISTRATOR -> "admin";
        };
    }
}
