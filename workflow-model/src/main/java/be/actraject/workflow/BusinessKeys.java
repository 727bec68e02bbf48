package be.actraject.workflow;

import java.util.Optional;

/**
 * The business keys of the process instances. Every process of a trajectory (its phases, invoice approvals and
 * aftercare too) carries the trajectory id, so that a task leads to its candidate in one look-up; a learning-group
 * session, which concerns a group rather than one candidate, carries its own.
 */
public final class BusinessKeys {

    /** What a session's key starts with, before its id; the worklist's SQL reads the keys with it. */
    public static final String SESSION_PREFIX = "session-";

    private BusinessKeys() {
    }

    public static String trajectory(long trajectoryId) {
        return Long.toString(trajectoryId);
    }

    public static String session(long sessionId) {
        return SESSION_PREFIX + sessionId;
    }

    public static Optional<Long> trajectoryOf(String businessKey) {
        return businessKey != null && businessKey.chars().allMatch(Character::isDigit) && !businessKey.isEmpty()
                ? Optional.of(Long.valueOf(businessKey))
                : Optional.empty();
    }

    public static Optional<Long> sessionOf(String businessKey) {
        return businessKey != null && businessKey.startsWith(SESSION_PREFIX)
                ? Optional.of(Long.valueOf(businessKey.substring(SESSION_PREFIX.length())))
                : Optional.empty();
    }
}
