package be.actraject.bpmn.identity;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;

/**
 * The engine's rule for locking a user name after wrong passwords, read from the engine's own settings so that the
 * names we lock ourselves (those without an account) are locked exactly as the engine locks an account: same
 * delays, same moments. Mirrors {@code DbIdentityServiceProvider.isUserLocked} and {@code lockUser} of Camunda
 * 7.24; the test that compares an unknown name with a known one fails if the two ever part.
 */
@Component
class LockRule {

    private final ProcessEngineConfigurationImpl engine;
    private final Duration forgetAfter;

    LockRule(ProcessEngineConfigurationImpl engine, SignInSettings settings) {
        this.engine = engine;
        this.forgetAfter = settings.forgetAfter();
    }

    /** The engine's present moment: tests move it with {@code ClockUtil}, as they do for timers. */
    static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /** Locked for good: never with our settings, but an account may still be from before them. */
    boolean isPermanent(int attempts) {
        return attempts >= engine.getLoginMaxAttempts();
    }

    boolean isLocked(int attempts, Instant lockedUntil, Instant now) {
        return isPermanent(attempts) || lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** The wrong passwords are forgotten once the last lock ended {@code forget-after} ago. */
    boolean isForgotten(int attempts, Instant lockedUntil, Instant now) {
        return attempts > 0 && lockedUntil != null && !lockedUntil.plus(forgetAfter).isAfter(now);
    }

    /** Until when a name is locked after one more wrong password, following {@code attempts} earlier ones. */
    Instant lockAfterFailure(int attempts, Instant now) {
        int failures = attempts + 1;
        long seconds = (long) (engine.getLoginDelayBase() * Math.pow(engine.getLoginDelayFactor(), failures - 1));
        return now.plusMillis(Math.min(seconds, engine.getLoginDelayMaxTime()) * 1000);
    }
}
