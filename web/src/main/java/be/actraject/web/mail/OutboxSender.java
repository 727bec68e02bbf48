package be.actraject.web.mail;

import be.actraject.domain.mail.MailAddresses;
import be.actraject.domain.mail.MailAttachment;
import be.actraject.domain.mail.MailMessage;
import be.actraject.domain.mail.Outbox;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Sends the outbox's due messages to the SMTP server, after the transactions that queued them committed: each
 * message is claimed, sent and marked in transactions of its own, so that one failure delays only its own message.
 * Without an SMTP server configured ({@code spring.mail.host} empty: no {@link JavaMailSender}) it sends nothing and
 * the messages stay queued. Why a crash between sending and marking is the one case of a duplicate: {@link Outbox}.
 */
@Component
class OutboxSender {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

    private final Outbox outbox;
    private final ObjectProvider<JavaMailSender> smtp;
    private final MailDocuments documents;
    private final MailSettings settings;
    private final Clock clock;

    OutboxSender(Outbox outbox, ObjectProvider<JavaMailSender> smtp, MailDocuments documents, MailSettings settings,
                 Clock clock) {
        this.outbox = outbox;
        this.smtp = smtp;
        this.documents = documents;
        this.settings = settings;
        this.clock = clock;
    }

    /** Whether an SMTP server is configured: without one, messages stay in the outbox. */
    boolean configured() {
        return smtp.getIfAvailable() != null;
    }

    @Scheduled(fixedDelayString = "${actraject.mail.poll}", initialDelayString = "${actraject.mail.poll}")
    void sendDueMessages() {
        sendDue(clock.instant());
    }

    /**
     * Sends the messages due at {@code now}; a failed one waits by the retry schedule, counted from {@code now}.
     *
     * @return how many were sent
     */
    int sendDue(Instant now) {
        JavaMailSender server = smtp.getIfAvailable();
        if (server == null) {
            return 0;
        }
        int sent = 0;
        for (long id : outbox.due(now, settings.batch())) {
            Optional<MailMessage> claimed = outbox.claim(id, now, settings.lease());
            if (claimed.isEmpty()) {
                continue; // sent or taken by another sender meanwhile
            }
            try {
                server.send(mime(server, claimed.get()));
            } catch (UnsendableAddressException e) {
                LOG.warn("Mail message {} given up: {}", id, e.getMessage());
                outbox.failedForGood(id, e.getMessage());
                continue;
            } catch (MailSendException e) {
                if (PermanentFailures.isPermanent(e)) {
                    // 5xx: the server refused for good (no such mailbox, address rejected); retrying changes nothing.
                    LOG.warn("Mail message {} given up: {}", id, e.getMessage());
                    outbox.failedForGood(id, describe(e));
                } else {
                    LOG.warn("Mail message {} not sent: {}", id, e.getMessage());
                    outbox.failed(id, describe(e), now);
                }
                continue;
            } catch (MessagingException | RuntimeException e) {
                // The server refused or was away (MailException), or a document could not be made: the message
                // waits, with the reason on the outbox page.
                LOG.warn("Mail message {} not sent: {}", id, e.getMessage());
                outbox.failed(id, describe(e), now);
                continue;
            }
            outbox.sent(id, now);
            sent++;
        }
        return sent;
    }

    private MimeMessage mime(JavaMailSender server, MailMessage message) throws MessagingException {
        MimeMessage mime = server.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, !message.getAttachments().isEmpty(),
                StandardCharsets.UTF_8.name());
        helper.setFrom(settings.from());
        if (settings.replyTo() != null && !settings.replyTo().isBlank()) {
            helper.setReplyTo(settings.replyTo());
        }
        helper.setTo(MailAddresses.ascii(message.getRecipient())
                .orElseThrow(() -> new UnsendableAddressException(message.getRecipient())));
        helper.setSubject(message.getSubject());
        helper.setText(message.getBody(), false);
        for (MailAttachment attachment : message.getAttachments()) {
            helper.addAttachment(attachment.getFileName(), new ByteArrayResource(documents.content(attachment)),
                    MailDocuments.contentType(attachment));
        }
        return mime;
    }

    /** The failure as the outbox page shows it: the innermost cause says most (the server's answer). */
    private static String describe(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause == e ? String.valueOf(e.getMessage())
                : e.getMessage() + " (" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")";
    }
}
