package be.actraject.web.submission;

import java.time.Duration;
import java.util.Optional;

/**
 * The forms a user has sent, by their one-time token: which one is being handled now, and where each handled one
 * went. Shared by every node (sessions are too), so that a repeat sent to another node is recognised as well.
 */
interface SubmissionLedger {

    /**
     * What to do with a form that arrives with this token.
     *
     * @param owner the signed-in user who sent it
     * @param token the form's one-time token (at most 64 characters)
     * @param wait  how long to wait for an earlier arrival of the same form that is still being handled
     * @return empty for the first arrival, which is now being handled; otherwise a repeat, with where the first one
     *         went (empty when that is unknown: it was still being handled when the wait ran out)
     */
    Optional<Repeat> arrive(String owner, String token, Duration wait) throws InterruptedException;

    /** The form was handled and went to {@code location}: a later arrival goes there too. */
    void handled(String owner, String token, String location);

    /** The form was refused or failed: it may be sent again, corrected or not. */
    void release(String owner, String token);

    /** A form that arrived again, and where its first arrival went, when known. */
    record Repeat(Optional<String> location) {
    }
}
