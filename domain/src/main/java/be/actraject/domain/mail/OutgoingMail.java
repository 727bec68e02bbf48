package be.actraject.domain.mail;

import java.util.List;
import java.util.Objects;

/**
 * A message to queue: to whom, what it says, what it is about (an invoice, and the trajectory it belongs to, when it
 * is about one) and the documents it carries.
 */
public record OutgoingMail(String recipient, String subject, String body, MailAbout about, Long invoiceId,
                           Long trajectoryId, List<MailAttachment> attachments) {

    public OutgoingMail {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(about, "about");
        attachments = List.copyOf(attachments);
    }
}
