package be.actraject.bpmn.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How wrong passwords slow down sign-in ({@code actraject.sign-in.*}), checked at start-up: an impossible value stops
 * the application with a message that names it.
 *
 * <p>Per user name: after the n-th wrong password in a row the name is locked for
 * {@code firstDelay × delayFactor^(n−1)}, at most {@code longestDelay} — the engine's own {@code loginDelayBase},
 * {@code loginDelayFactor} and {@code loginDelayMaxTime}, whole seconds. Failures are forgotten {@code forgetAfter} after the last lock ended.
 * Per client address: {@code sourceFailures} failed sign-ins, given back evenly over {@code sourcePeriod} (a token
 * bucket), then one more each time one is given back. Per device cookie ({@link DeviceCookies}): the same delays as
 * per user name, counted per cookie.
 *
 * @param firstDelay     the lock after the first wrong password (default 3 s, as the engine's default)
 * @param delayFactor    how much longer each further lock is (default 2)
 * @param longestDelay   the longest lock of a user name, however many wrong passwords (default 5 min)
 * @param forgetAfter    how long after its last lock ended a user name starts afresh (default 1 day)
 * @param sourceFailures how many failed sign-ins one client address has before it is slowed down (default 20)
 * @param sourcePeriod   the time in which those are given back (default 15 min)
 * @param deviceLifetime how long a device cookie lets its browser past the name's lock after the sign-in that gave
 *                       it (default 180 days; each sign-in gives a new one): long enough for someone back from a long
 *                       leave, short enough that a cookie of a browser given away or sold stops counting
 * @param concurrentChecks how many passwords one node checks at the same moment (default 0: as many as it has
 *                       processors); the others wait their turn ({@link PasswordChecks})
 * @param checkWait      how long a sign-in waits for its turn before it is answered "busy, try again" (default 20 s)
 */
@ConfigurationProperties("actraject.sign-in")
public record SignInSettings(@DefaultValue("3s") Duration firstDelay,
                             @DefaultValue("2") int delayFactor,
                             @DefaultValue("5m") Duration longestDelay,
                             @DefaultValue("1d") Duration forgetAfter,
                             @DefaultValue("20") int sourceFailures,
                             @DefaultValue("15m") Duration sourcePeriod,
                             @DefaultValue("180d") Duration deviceLifetime,
                             @DefaultValue("0") int concurrentChecks,
                             @DefaultValue("20s") Duration checkWait) {

    /** A day: a longer lock is one an attacker can renew forever at no cost, which is what we set out to prevent. */
    private static final Duration LONGEST_ALLOWED = Duration.ofDays(1);

    public SignInSettings {
        require(wholeSeconds(firstDelay) && !firstDelay.isZero(), "first-delay", "whole seconds, at least 1 s");
        require(delayFactor >= 1 && delayFactor <= 10, "delay-factor", "between 1 and 10");
        require(wholeSeconds(longestDelay) && longestDelay.compareTo(firstDelay) >= 0
                && longestDelay.compareTo(LONGEST_ALLOWED) <= 0, "longest-delay",
                "whole seconds, at least first-delay and at most a day");
        require(forgetAfter.compareTo(longestDelay) >= 0, "forget-after", "at least longest-delay");
        require(sourceFailures >= 1, "source-failures", "at least 1");
        require(!sourcePeriod.isNegative() && !sourcePeriod.isZero(), "source-period", "longer than zero");
        require(deviceLifetime != null && deviceLifetime.compareTo(Duration.ofDays(1)) >= 0
                && deviceLifetime.compareTo(Duration.ofDays(400)) <= 0, "device-lifetime",
                "between a day and 400 days (the longest a browser keeps a cookie)");
        require(concurrentChecks >= 0 && concurrentChecks <= 256, "concurrent-checks",
                "between 0 (as many as the processors) and 256");
        require(checkWait != null && !checkWait.isNegative() && !checkWait.isZero()
                && checkWait.compareTo(Duration.ofMinutes(1)) <= 0, "check-wait", "longer than zero, at most 1 min");
    }

    private static boolean wholeSeconds(Duration duration) {
        return duration != null && !duration.isNegative() && duration.toNanosPart() == 0;
    }

    private static void require(boolean holds, String property, String what) {
        if (!holds) {
            throw new IllegalArgumentException("actraject.sign-in." + property + " must be " + what);
        }
    }
}
