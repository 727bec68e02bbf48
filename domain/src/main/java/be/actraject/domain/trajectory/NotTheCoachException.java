package be.actraject.domain.trajectory;

import be.actraject.domain.RefusedException;

/**
 * A correction only the candidate's own coach or a coordinator makes, tried by another coach who may see the
 * candidate (as the leader of their learning group, say). The message names who can make it.
 */
public class NotTheCoachException extends RefusedException {

    /** @param coach the candidate's coach's user id, null when none has taken the candidate on yet */
    public NotTheCoachException(long trajectoryId, String userId, String coach) {
        super("candidate.correction.notTheCoach",
                "User " + userId + " is not the coach of trajectory " + trajectoryId, coach == null ? "" : coach);
    }
}
