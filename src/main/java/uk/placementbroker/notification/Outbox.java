package uk.placementbroker.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import uk.placementbroker.notification.sending.OutboxDispatcher;

/**
 * The one way to send a mail: queued in the caller's transaction, so that it goes if and only if what it
 * tells of commits, and then sent by the dispatcher, retried until the mail server accepts it. Queueing
 * a mail whose message id is already queued adds nothing, so a listener that runs twice mails once.
 */
@Component
public class Outbox {

    /** How a mail went: still queued (perhaps after failed attempts), sent, or given up. */
    public enum Status {
        QUEUED,
        SENT,
        FAILED
    }

    public record Delivery(
            long mailId, String recipient, Status status, int attempts, String lastError, Instant sentAt) {}

    private final JdbcClient jdbc;
    private final OutboxDispatcher dispatcher;

    Outbox(JdbcClient jdbc, OutboxDispatcher dispatcher) {
        this.jdbc = jdbc;
        this.dispatcher = dispatcher;
    }

    /** @return the mail's id in the outbox (the one already there when the same message id was queued before) */
    @Transactional(propagation = Propagation.MANDATORY)
    public long queue(Mail mail) {
        Long id = jdbc.sql("""
                insert into notification_outbox (recipient, subject, body, message_id, local_authority_id) values (?, ?, ?, ?, ?)
                on conflict (message_id) do nothing returning id
                """)
                .param(1, mail.to())
                .param(2, mail.subject())
                .param(3, mail.body())
                .param(4, mail.messageId())
                .param(5, mail.localAuthorityId(), java.sql.Types.BIGINT)
                .query(Long.class)
                .optional()
                .orElseGet(() -> jdbc.sql("select id from notification_outbox where message_id = ?")
                        .param(mail.messageId())
                        .query(Long.class)
                        .single());
        sendOnceCommitted();
        return id;
    }

    /** Each mail queued in one statement: a round asks hundreds of providers at once. Ids in the order of the mails. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Long> queueAll(List<Mail> mails) {
        if (mails.isEmpty()) {
            return List.of();
        }
        String[] to = mails.stream().map(Mail::to).toArray(String[]::new);
        String[] subjects = mails.stream().map(Mail::subject).toArray(String[]::new);
        String[] bodies = mails.stream().map(Mail::body).toArray(String[]::new);
        String[] messageIds = mails.stream().map(Mail::messageId).toArray(String[]::new);
        Long[] councils = mails.stream().map(Mail::localAuthorityId).toArray(Long[]::new);
        jdbc.sql("""
                insert into notification_outbox (recipient, subject, body, message_id, local_authority_id)
                select * from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[])
                on conflict (message_id) do nothing
                """).params(to, subjects, bodies, messageIds, councils).update();
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("select message_id, id from notification_outbox where message_id = any (?)")
                .param(messageIds)
                .query((row, number) -> ids.put(row.getString(1), row.getLong(2)))
                .list();
        sendOnceCommitted();
        return mails.stream().map(mail -> ids.get(mail.messageId())).toList();
    }

    public Map<Long, Delivery> deliveries(Collection<Long> mailIds) {
        Map<Long, Delivery> deliveries = new HashMap<>();
        if (mailIds.isEmpty()) {
            return deliveries;
        }
        jdbc.sql(
                        "select id, recipient, status, attempts, last_error, sent_at from notification_outbox where id = any (?)")
                .param(mailIds.toArray(Long[]::new))
                .query((row, number) -> deliveries.put(
                        row.getLong(1),
                        new Delivery(
                                row.getLong(1),
                                row.getString(2),
                                Status.valueOf(row.getString(3)),
                                row.getInt(4),
                                row.getString(5),
                                row.getTimestamp(6) == null
                                        ? null
                                        : row.getTimestamp(6).toInstant())))
                .list();
        return deliveries;
    }

    /** The dispatcher sends at once rather than at its next poll. */
    private void sendOnceCommitted() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                dispatcher.wakeUp();
            }
        });
    }
}
