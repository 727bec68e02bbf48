package be.actraject.bpmn.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Instant;
import java.util.Optional;

/**
 * Locks after wrong passwords that the engine does not keep, kept in memory as the engine keeps those of accounts
 * (by {@link LockRule}: same delays, same moments, same forgetting). At most {@code most} keys; a key drops out once
 * its failures are forgotten anyway (the cache's own expiry only bounds the memory: what counts is
 * {@link LockRule#isForgotten}). Per node.
 */
abstract class MemoryLocks {

    /** Longer keys are cut: no user id or device is longer, and one key for all of them is enough. */
    private static final int LONGEST_KEY = 100;

    private final LockRule rule;
    private final Cache<String, Lock> locks;

    MemoryLocks(LockRule rule, SignInSettings settings, int most) {
        this.rule = rule;
        this.locks = Caffeine.newBuilder()
                .maximumSize(most)
                .expireAfterWrite(settings.longestDelay().plus(settings.forgetAfter()))
                .build();
    }

    /** Until when the key is locked, if it is. */
    Optional<Instant> lockedUntil(String key, Instant now) {
        Lock lock = current(key(key), now);
        return lock != null && rule.isLocked(lock.attempts(), lock.until(), now) ? Optional.of(lock.until())
                : Optional.empty();
    }

    /** Counts a wrong password for the key and locks it; returns until when. */
    Instant failed(String key, Instant now) {
        return locks.asMap().compute(key(key), (k, earlier) -> {
            Lock lock = earlier == null || rule.isForgotten(earlier.attempts(), earlier.until(), now) ? null
                    : earlier;
            int attempts = lock == null ? 0 : lock.attempts();
            return new Lock(attempts + 1, rule.lockAfterFailure(attempts, now));
        }).until();
    }

    /** Starts the key afresh, as the engine does an account at a successful sign-in. */
    void forget(String key) {
        locks.invalidate(key(key));
    }

    private Lock current(String key, Instant now) {
        Lock lock = locks.getIfPresent(key);
        return lock == null || rule.isForgotten(lock.attempts(), lock.until(), now) ? null : lock;
    }

    private static String key(String key) {
        String k = key == null ? "" : key;
        return k.length() > LONGEST_KEY ? k.substring(0, LONGEST_KEY) : k;
    }

    private record Lock(int attempts, Instant until) {
    }
}
