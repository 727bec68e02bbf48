package be.actraject.bpmn.identity;

import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * At most {@link SignInSettings#concurrentChecks()} password checks at once on this node, in the order they came.
 *
 * <p>Why: a check hashes with PBKDF2 (a few hundred ms of processor time) inside the engine command that reads the
 * account and counts the attempt, and that command holds a database connection from its first query to its commit.
 * A dozen people signing in at the same moment on a node with two processors shared the processors twelve ways, so
 * each hash took seconds, and held a connection all that time: the pages of everyone already signed in then waited
 * longer than the pool's connection timeout and got the outage page. Waiting here holds no connection, and with no
 * more checks than processors each check takes the time of one hash.
 */
@Component
class PasswordChecks {

    private final Semaphore slots;
    private final Duration longestWait;

    PasswordChecks(SignInSettings settings) {
        this.slots = new Semaphore(settings.concurrentChecks() > 0 ? settings.concurrentChecks()
                : Runtime.getRuntime().availableProcessors(), true);
        this.longestWait = settings.checkWait();
    }

    /**
     * Waits for a slot, at most {@link SignInSettings#checkWait()}; true when the caller holds one and must give it
     * back with {@link #leave()}, false when the wait was too long (or the thread was interrupted).
     */
    boolean enter() {
        try {
            return slots.tryAcquire(longestWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void leave() {
        slots.release();
    }
}
