package be.actraject.bpmn.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/**
 * The locks of user names that have no account, kept as the engine keeps those of accounts (by {@link LockRule}), so
 * that trying a name tells nobody whether it exists: a name nobody has is locked after a wrong password just as long
 * as a real one. In memory, at most {@value #MOST_NAMES} names; a name drops out once its wrong passwords are
 * forgotten anyway (the cache's own expiry only bounds the memory: what counts is {@link LockRule#isForgotten}).
 */
@Component
class UnknownNameLocks {

    static final int MOST_NAMES = 10_000;
    /** Longer names do not exist (the engine's user id is 64 characters): one key for all of them is enough. */
    private static final int LONGEST_NAME = 100;

    private final LockRule rule;
    private final Cache<String, NameLock> locks;

    UnknownNameLocks(LockRule rule, SignInSettings settings) {
        this.rule = rule;
        this.locks = Caffeine.newBuilder()
                .maximumSize(MOST_NAMES)
                .expireAfterWrite(settings.longestDelay().plus(settings.forgetAfter()))
                .build();
    }

    /** Until when the name is locked, if it is. */
    Optional<Instant> lockedUntil(String name, Instant now) {
        NameLock lock = current(key(name), now);
        return lock != null && rule.isLocked(lock.attempts(), lock.until(), now) ? Optional.of(lock.until())
                : Optional.empty();
    }

    /** Counts a wrong password for the name and locks it; returns until when. */
    Instant failed(String name, Instant now) {
        String key = key(name);
        return locks.asMap().compute(key, (k, earlier) -> {
            NameLock lock = earlier == null || rule.isForgotten(earlier.attempts(), earlier.until(), now) ? null
                    : earlier;
            int attempts = lock == null ? 0 : lock.attempts();
            return new NameLock(attempts + 1, rule.lockAfterFailure(attempts, now));
        }).until();
    }

    private NameLock current(String key, Instant now) {
        NameLock lock = locks.getIfPresent(key);
        return lock == null || rule.isForgotten(lock.attempts(), lock.until(), now) ? null : lock;
    }

    private static String key(String name) {
        String key = name == null ? "" : name;
        return key.length() > LONGEST_NAME ? key.substring(0, LONGEST_NAME) : key;
    }

    private record NameLock(int attempts, Instant until) {
    }
}
