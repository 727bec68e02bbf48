package be.actraject.web.submission;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The ledger's promises kept in a map, for the filter's own tests. */
final class MemoryLedger implements SubmissionLedger {

    private static final String RUNNING = "\u0000running";
    private final Map<String, String> outcomes = new HashMap<>();

    @Override
    public synchronized Optional<Repeat> arrive(String owner, String token, Duration wait) throws InterruptedException {
        String key = owner + "/" + token;
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            String outcome = outcomes.get(key);
            if (outcome == null) {
                outcomes.put(key, RUNNING);
                return Optional.empty();
            }
            if (!outcome.equals(RUNNING)) {
                return Optional.of(new Repeat(Optional.of(outcome)));
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return Optional.of(new Repeat(Optional.empty()));
            }
            wait(Math.max(1, Duration.ofNanos(left).toMillis()));
        }
    }

    @Override
    public synchronized void handled(String owner, String token, String location) {
        outcomes.put(owner + "/" + token, location);
        notifyAll();
    }

    @Override
    public synchronized void release(String owner, String token) {
        outcomes.remove(owner + "/" + token);
        notifyAll();
    }
}
