package be.actraject.domain.mail;

import be.actraject.domain.NotFoundException;

/** No message in the outbox has this id. */
public class MailNotFoundException extends NotFoundException {

    public MailNotFoundException(long id) {
        super("Mail message " + id + " not found");
    }
}
