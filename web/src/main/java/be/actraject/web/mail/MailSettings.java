package be.actraject.web.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * The sender's settings ({@code actraject.mail.*}); the SMTP server itself is Spring Boot's {@code spring.mail.*}.
 *
 * @param from       the sender address of every message
 * @param replyTo    where customers' answers go; empty for the sender address
 * @param poll       how often the sender looks for due messages
 * @param lease      how long an attempt may take before another sender may try the message again
 * @param batch      the most messages one run sends
 * @param firstWait  the wait after a first failed attempt, doubled after each further one
 * @param longestWait the longest wait between attempts
 * @param attempts   the attempts before a message is given up (it stays in the outbox, to be sent again by hand)
 */
@ConfigurationProperties("actraject.mail")
record MailSettings(String from, String replyTo, Duration poll, Duration lease, int batch, Duration firstWait,
                    Duration longestWait, int attempts, String baseUrl) {
}
