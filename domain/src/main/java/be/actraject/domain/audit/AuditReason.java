package be.actraject.domain.audit;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Why an audit entry happened — a refusal, a lock that was lifted — as a code and its arguments, so that the audit
 * page says it in the reader's language ({@code audit.reason.<code>} in the web's message bundles) rather than in the
 * English of an exception message.
 *
 * @param code      upper-case, at most 40 characters
 * @param arguments the message's arguments as text (an id, a count, an ISO-8601 instant); none may contain
 *                  {@link #SEPARATOR}
 */
public record AuditReason(String code, List<String> arguments) {

    /** Between the arguments where they are stored in one column: the ASCII unit separator. */
    static final String SEPARATOR = "\u001F";

    /** The trajectory of the change is outside the person's caseload. Argument: the trajectory id. */
    public static final String NOT_IN_CASELOAD = "NOT_IN_CASELOAD";
    /** The task is not the person's. Argument: the task id. */
    public static final String NOT_YOUR_TASK = "NOT_YOUR_TASK";
    /** The person's roles do not allow the action at all. */
    public static final String NOT_PERMITTED = "NOT_PERMITTED";
    /** The URL rules allow the address to other roles. Argument: the person's roles. */
    public static final String ROLE_REFUSED = "ROLE_REFUSED";
    /**
     * A model refused at deployment: per problem three arguments, its code ({@code ModelProblem.Code}), its element
     * id (empty for the file) and its detail (empty for none).
     */
    public static final String MODEL_PROBLEMS = "MODEL_PROBLEMS";
    /** The sign-in lock as it was. Arguments: failed attempts, the lock's end as an instant (empty when none). */
    public static final String LOCK_STATE = "LOCK_STATE";
    /**
     * What a migration did. Arguments: source version, target version, instances moved, failed, repeated timers
     * removed, instances left on the source version, and their business keys joined by ", ".
     */
    public static final String MIGRATED = "MIGRATED";
    /** An administrator made by the bootstrap variables. */
    public static final String BOOTSTRAP_CREATED = "BOOTSTRAP_CREATED";
    /** Unlocked by the bootstrap variables. Arguments as {@link #LOCK_STATE}. */
    public static final String BOOTSTRAP_UNLOCKED = "BOOTSTRAP_UNLOCKED";
    /** Password, lock and role reset by the bootstrap variables. Arguments as {@link #LOCK_STATE}. */
    public static final String BOOTSTRAP_RESET = "BOOTSTRAP_RESET";

    /** A candidate given another coach. Arguments: the old coach's user id (empty for none), the new one's. */
    public static final String COACH_CHANGED = "COACH_CHANGED";
    /** A date of entry corrected. Arguments: the old and the new date (ISO-8601). */
    public static final String ENTRY_DATE_MOVED = "ENTRY_DATE_MOVED";
    /** A date of entry corrected and the phase 1–3 limit with it. Arguments: old and new date, old and new limit. */
    public static final String ENTRY_DATE_AND_LIMIT_MOVED = "ENTRY_DATE_AND_LIMIT_MOVED";

    public AuditReason {
        Objects.requireNonNull(code);
        arguments = arguments.stream().map(a -> a == null ? "" : a.replace(SEPARATOR, " ")).toList();
    }

    public static AuditReason of(String code, Object... arguments) {
        return new AuditReason(code, Arrays.stream(arguments).map(a -> a == null ? "" : a.toString()).toList());
    }

    /** The arguments as stored; null for none. */
    String stored() {
        return arguments.isEmpty() ? null : String.join(SEPARATOR, arguments);
    }

    static AuditReason restored(String code, String stored) {
        if (code == null) {
            return null;
        }
        return new AuditReason(code, stored == null ? List.of() : List.of(stored.split(SEPARATOR, -1)));
    }
}
