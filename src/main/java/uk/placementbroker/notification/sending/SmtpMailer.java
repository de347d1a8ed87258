package uk.placementbroker.notification.sending;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import uk.placementbroker.notification.Mail;

/** Sends over SMTP (the mail server in {@code SMTP_HOST}). */
@Component
@ConditionalOnProperty(name = "placementbroker.mail.mode", havingValue = "smtp", matchIfMissing = true)
class SmtpMailer implements Mailer {

    private final JavaMailSender sender;
    private final String from;

    SmtpMailer(JavaMailSender sender, @Value("${placementbroker.mail.from}") String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public void send(Mail mail) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
            helper.setFrom(from);
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(mail.body());
            message.saveChanges();
            message.setHeader("Message-ID", "<" + mail.messageId() + ">");
            sender.send(message);
        } catch (MailException | MessagingException e) {
            throw new MailNotSent("The mail server did not accept the mail to " + mail.to() + ": " + e.getMessage(), e);
        }
    }
}
