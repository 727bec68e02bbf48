package be.actraject.web.mail;

/**
 * A recipient plain SMTP cannot carry (a local part outside ASCII, {@link be.actraject.domain.mail.MailAddresses}):
 * no server will take it however often it is tried, so the message is given up at once.
 */
class UnsendableAddressException extends RuntimeException {

    UnsendableAddressException(String address) {
        super("The address " + address + " cannot be sent to: its part before the @ is not ASCII");
    }
}
