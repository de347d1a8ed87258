package uk.placementbroker.notification.sending;

import uk.placementbroker.notification.Mail;

/** Sends mail, or says why it could not. */
public interface Mailer {

    /** @throws MailNotSent when the mail server did not accept it (it may be tried again) */
    void send(Mail mail);

    /** The mail server did not accept a mail. */
    final class MailNotSent extends RuntimeException {
        public MailNotSent(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
