package be.actraject.domain.mail;

import java.time.Duration;

/**
 * How long the sender waits after a failed attempt: twice as long after each, from {@code firstWait} up to
 * {@code longestWait}, and it gives up after {@code attempts} (the message stays in the outbox, FAILED, to be sent
 * again by hand). With the defaults a message is tried for about a day: a mail server that is away for a night only
 * delays the mail.
 */
public record RetrySchedule(Duration firstWait, Duration longestWait, int attempts) {

    public static final RetrySchedule DEFAULT = new RetrySchedule(Duration.ofMinutes(1), Duration.ofHours(2), 20);

    public RetrySchedule {
        if (firstWait.isNegative() || longestWait.compareTo(firstWait) < 0 || attempts < 1) {
            throw new IllegalArgumentException("retry schedule " + firstWait + ", " + longestWait + ", " + attempts);
        }
    }

    /** The wait after the given number of failed attempts (1 for the first). */
    public Duration waitAfter(int failedAttempts) {
        Duration wait = firstWait;
        for (int i = 1; i < failedAttempts && wait.compareTo(longestWait) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longestWait) > 0 ? longestWait : wait;
    }

    boolean givesUpAfter(int failedAttempts) {
        return failedAttempts >= attempts;
    }
}
