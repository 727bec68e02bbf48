package be.actraject.bpmn.identity;

import java.time.Duration;
import java.time.Instant;

/**
 * What came of one sign-in attempt. None of the refusals says whether the user name exists: a name without an
 * account is refused and locked exactly as one with an account and a wrong password.
 */
public sealed interface SignInOutcome {

    /** The password was right. */
    record SignedIn(Account account) implements SignInOutcome {
    }

    /**
     * The user name and password do not match (or there is no such name); the name is now locked {@code lockedFor},
     * until {@code until} (by the engine's clock).
     */
    record Refused(Instant until, Duration lockedFor) implements SignInOutcome {
    }

    /** Not checked: the name is locked after earlier wrong passwords, {@code lockedFor} more, until {@code until}. */
    record NameLocked(Instant until, Duration lockedFor) implements SignInOutcome {
    }

    /** Not checked: too many failed sign-ins from this client address; it may try again after {@code lockedFor}. */
    record SourceLocked(Instant until, Duration lockedFor) implements SignInOutcome {
    }

    /**
     * Not checked: more people were signing in on this node at that moment than it checks at once, and this attempt
     * waited its longest ({@link SignInSettings#checkWait()}); nothing is counted against the name or the address.
     */
    record Busy() implements SignInOutcome {
    }
}
