package be.actraject.web.submission;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The forms one session has sent, by their one-time token: which one is being handled now, and where each handled one
 * went. Only the last {@value #CAPACITY} are kept: a form older than that is long gone from any tab. Kept in the
 * session, so that it ends with it; the waiting for a form still being handled is this node's (sessions here live in
 * the node's memory).
 */
final class SubmissionLedger implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    static final int CAPACITY = 200;
    /** A form being handled: it has no outcome yet. */
    private static final String RUNNING = "";

    private final Map<String, String> outcomes = new LinkedHashMap<>(16, 0.75f, false) {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > CAPACITY;
        }
    };

    /**
     * What to do with a form that arrives with this token.
     *
     * @param token the form's one-time token
     * @param wait  how long to wait for an earlier arrival of the same form that is still being handled
     * @return empty for the first arrival, which is now being handled; otherwise a repeat, with where the first one
     *         went (empty when that is unknown: it was still being handled when the wait ran out)
     */
    synchronized Optional<Repeat> arrive(String token, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            String outcome = outcomes.get(token);
            if (outcome == null) {
                outcomes.put(token, RUNNING);
                return Optional.empty();
            }
            if (!outcome.equals(RUNNING)) {
                return Optional.of(new Repeat(Optional.of(outcome)));
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return Optional.of(new Repeat(Optional.empty()));
            }
            Duration remaining = Duration.ofNanos(left);
            wait(Math.max(1, remaining.toMillis()));
        }
    }

    /** The form was handled and went to {@code location}: a later arrival goes there too. */
    synchronized void handled(String token, String location) {
        outcomes.put(token, location);
        notifyAll();
    }

    /** The form was refused or failed: it may be sent again, corrected or not. */
    synchronized void release(String token) {
        outcomes.remove(token);
        notifyAll();
    }

    /** A form that arrived again, and where its first arrival went, when known. */
    record Repeat(Optional<String> location) {
    }
}
