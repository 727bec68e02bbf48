package be.actraject.bpmn.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Failed sign-ins per client address: a token bucket each (Bucket4j) of {@link SignInSettings#sourceFailures()}
 * tokens given back evenly over {@link SignInSettings#sourcePeriod()}. Every attempt takes a token and a successful
 * one gives it back, so only failures count, and concurrent attempts cannot slip past the limit. An address whose
 * bucket is empty may try again when the next token comes back — a bounded, expiring lock.
 *
 * <p>In memory, per node, at most {@value #MOST_SOURCES} addresses: a bucket left alone for a whole period is full
 * again, so dropping it then loses nothing. Time is the engine's clock, which the tests move.
 */
@Component
class SourceLimits {

    static final int MOST_SOURCES = 50_000;
    private static final TimeMeter ENGINE_CLOCK = new TimeMeter() {
        @Override
        public long currentTimeNanos() {
            return LockRule.now().toEpochMilli() * 1_000_000;
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    };

    private final SignInSettings settings;
    private final Cache<String, Bucket> buckets;

    SourceLimits(SignInSettings settings) {
        this.settings = settings;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(MOST_SOURCES)
                .expireAfterAccess(settings.sourcePeriod())
                .build();
    }

    /**
     * Takes a token for an attempt from the source; empty when it may go on, or until when the source must wait.
     * Hand the token back with {@link #succeeded(String)} when the attempt succeeds.
     */
    Optional<Instant> attempt(String source, Instant now) {
        ConsumptionProbe probe = bucket(source).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return Optional.empty();
        }
        return Optional.of(now.plus(Duration.ofNanos(probe.getNanosToWaitForRefill())));
    }

    void succeeded(String source) {
        bucket(source).addTokens(1);
    }

    private Bucket bucket(String source) {
        return buckets.get(source == null ? "" : source, s -> Bucket.builder()
                .addLimit(limit -> limit.capacity(settings.sourceFailures())
                        .refillGreedy(settings.sourceFailures(), settings.sourcePeriod()))
                .withCustomTimePrecision(ENGINE_CLOCK)
                .build());
    }
}
