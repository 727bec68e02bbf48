package be.actraject.domain.mail;

import be.actraject.domain.RefusedException;

/** "Send now" on a message that was sent: sending it again would be a duplicate the customer did not ask for. */
public class MailAlreadySentException extends RefusedException {

    public MailAlreadySentException(Long id) {
        super("outbox.refused.sent", "Mail message " + id + " was already sent");
    }
}
