package uk.placementbroker.notification.sending;

import java.time.Instant;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.placementbroker.notification.Mail;

/** Keeps mail instead of sending it (the embedded default): each mail once, by its message id. */
@Component
@ConditionalOnProperty(name = "placementbroker.mail.mode", havingValue = "local-mailbox")
public class LocalMailbox implements Mailer {

    public record Kept(Instant sentAt, String recipient, String subject, String body) {}

    private final JdbcClient jdbc;

    LocalMailbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void send(Mail mail) {
        jdbc.sql("""
                insert into notification_mailbox (recipient, subject, body, message_id) values (?, ?, ?, ?)
                on conflict (message_id) do nothing
                """)
                .params(mail.to(), mail.subject(), mail.body(), mail.messageId())
                .update();
    }

    public List<Kept> latest(int count) {
        return jdbc.sql(
                        "select sent_at, recipient, subject, body from notification_mailbox order by sent_at desc, id desc limit ?")
                .param(count)
                .query(Kept.class)
                .list();
    }
}
