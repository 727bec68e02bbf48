package be.actraject.testsupport;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two transactions met on purpose, as two users at the same moment: the first does its work and stays open (its
 * locks held, its rows not committed), the second runs meanwhile, and the first commits only once the second has
 * been seen waiting — or not. What the second then answers is what a real race answers, without the luck of threads
 * meeting. The wait is shorter than the database's lock timeout (H2: one second).
 */
public final class HeldTransaction {

    /** How long the second is given to show it waits, and how long the first is held. */
    private static final Duration HOLD = Duration.ofMillis(400);

    private HeldTransaction() {
    }

    /** What the second transaction did: whether it waited for the first, and its result or what it threw. */
    public record Outcome<T>(boolean waited, T result, Throwable thrown) {
    }

    /**
     * Runs {@code first} in a transaction held open, then {@code second} in a thread of its own, and commits the
     * first after {@link #HOLD}.
     */
    public static <T> Outcome<T> race(PlatformTransactionManager transactions, Runnable first, Callable<T> second)
            throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch done = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            CompletableFuture<Void> holder = CompletableFuture.runAsync(() ->
                    new TransactionTemplate(transactions).executeWithoutResult(status -> {
                        first.run();
                        done.countDown();
                        try {
                            assertThat(release.await(10, TimeUnit.SECONDS)).isTrue();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new IllegalStateException(e);
                        }
                    }), threads);
            assertThat(done.await(10, TimeUnit.SECONDS)).as("the first transaction did its work").isTrue();
            CompletableFuture<T> other = CompletableFuture.supplyAsync(() -> {
                try {
                    return second.call();
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, threads);
            boolean waited;
            try {
                other.get(HOLD.toMillis(), TimeUnit.MILLISECONDS);
                waited = false;
            } catch (TimeoutException stillWaiting) {
                waited = true;
            } catch (java.util.concurrent.ExecutionException finished) {
                waited = false;
            }
            release.countDown();
            holder.get(10, TimeUnit.SECONDS);
            try {
                return new Outcome<>(waited, other.get(10, TimeUnit.SECONDS), null);
            } catch (java.util.concurrent.ExecutionException e) {
                return new Outcome<>(waited, null, e.getCause());
            }
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
    }
}
