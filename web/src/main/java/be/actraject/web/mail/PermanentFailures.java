package be.actraject.web.mail;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.springframework.mail.MailSendException;

/**
 * Which failures to send a message no retry mends: the server answered with a permanent (5xx) reply to the sender,
 * a recipient or the message (RFC 5321 §4.2.1). A 4xx reply, a dropped connection or a server away are worth another
 * attempt by the retry schedule.
 */
final class PermanentFailures {

    private PermanentFailures() {
    }

    static boolean isPermanent(MailSendException failure) {
        for (Exception e : failure.getFailedMessages().values()) {
            for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
                if (permanentReply(cause)) {
                    return true;
                }
            }
        }
        for (Throwable cause = failure.getCause(); cause != null;
             cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (permanentReply(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean permanentReply(Throwable cause) {
        int code = 0;
        if (cause instanceof SMTPAddressFailedException e) {
            code = e.getReturnCode();
        } else if (cause instanceof SMTPSenderFailedException e) {
            code = e.getReturnCode();
        } else if (cause instanceof SMTPSendFailedException e) {
            code = e.getReturnCode();
        }
        return code >= 500 && code < 600;
    }
}
