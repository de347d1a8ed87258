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
                insert into notification_mailbox (recipient, subject, body, message_id, local_authority_id) values (?, ?, ?, ?, ?)
                on conflict (message_id) do nothing
                """)
                .param(1, mail.to())
                .param(2, mail.subject())
                .param(3, mail.body())
                .param(4, mail.messageId())
                .param(5, mail.localAuthorityId(), java.sql.Types.BIGINT)
                .update();
    }

    /**
     * The latest mails sent for these councils, and those sent for no council when {@code alsoNone} (for the
     * consortium's administrators).
     */
    public List<Kept> latest(List<Long> councils, boolean alsoNone, int count) {
        return jdbc.sql("""
                        select sent_at, recipient, subject, body from notification_mailbox
                        where local_authority_id = any (?) or (? and local_authority_id is null)
                        order by sent_at desc, id desc limit ?
                        """)
                .params(councils.toArray(Long[]::new), alsoNone, count)
                .query(Kept.class)
                .list();
    }
}
