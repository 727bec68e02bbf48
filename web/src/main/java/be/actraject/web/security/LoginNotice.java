package be.actraject.web.security;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * What the login page tells after a refused sign-in, kept in the session for the one page that follows. It says the
 * same for a user name without an account as for one with a wrong password: only the lock and its length, never
 * whether the name exists.
 *
 * @param username the user name as typed, to fill the field again
 * @param reason   why it was refused
 * @param until    until when the name or the address is locked (null when it is not)
 * @param lockedFor how long that was at the moment of the refusal
 */
record LoginNotice(String username, Reason reason, Instant until, Duration lockedFor) implements Serializable {

    enum Reason {
        /** The name and password do not match; the name is now locked for a while. */
        WRONG,
        /** The name was locked after earlier wrong passwords: the password was not checked. */
        NAME_LOCKED,
        /** Too many failed sign-ins from the client's address: nothing was checked. */
        SOURCE_LOCKED,
        /** Too many people signing in at that moment: nothing was checked or counted; try again in a moment. */
        BUSY
    }

    /** The longest user name kept to show again: no real one is longer, and the session holds it. */
    private static final int LONGEST_USERNAME = 100;

    LoginNotice {
        if (username != null && username.length() > LONGEST_USERNAME) {
            username = username.substring(0, LONGEST_USERNAME);
        }
    }

    boolean locked() {
        return until != null && lockedFor != null && !lockedFor.isZero();
    }
}
