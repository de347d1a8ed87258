package uk.placementbroker.notification.sending;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.placementbroker.notification.Mail;

/**
 * Sends the outbox: every queued recipient whose time has come, all at once, on a pool of senders.
 * A recipient is claimed before it is sent (so that two instances never send the same one), marked
 * sent as soon as the mail server accepts it, and otherwise tried again later, each wait longer than
 * the last, until it gives up as failed, which the page that queued it shows. Recipients claimed by an instance that
 * went away are taken up again once their claim runs out.
 */
@Component
public class OutboxDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final JdbcClient jdbc;
    private final Mailer mailer;
    private final Duration pollEvery;
    private final Duration claimFor;
    private final Duration firstRetryAfter;
    private final int maximumAttempts;
    private final int senders;
    private final AtomicBoolean wanted = new AtomicBoolean();
    private volatile ScheduledExecutorService scheduler;
    private volatile ExecutorService sendingPool;

    OutboxDispatcher(
            JdbcClient jdbc,
            Mailer mailer,
            @Value("${placementbroker.outbox.poll-every:PT2S}") Duration pollEvery,
            @Value("${placementbroker.outbox.claim-for:PT2M}") Duration claimFor,
            @Value("${placementbroker.outbox.first-retry-after:PT10S}") Duration firstRetryAfter,
            @Value("${placementbroker.outbox.maximum-attempts:10}") int maximumAttempts,
            @Value("${placementbroker.outbox.senders:32}") int senders) {
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.pollEvery = pollEvery;
        this.claimFor = claimFor;
        this.firstRetryAfter = firstRetryAfter;
        this.maximumAttempts = maximumAttempts;
        this.senders = senders;
    }

    /** Something was queued: send now rather than at the next poll. */
    public void wakeUp() {
        ScheduledExecutorService running = scheduler;
        if (running != null && wanted.compareAndSet(false, true)) {
            running.execute(this::sendDue);
        }
    }

    /** One pass: claims what is due and sends it all; returns how many mails the server accepted. */
    public int sendDue() {
        wanted.set(false);
        int accepted = 0;
        try {
            List<Claimed> claimed;
            do {
                claimed = claim();
                List<Future<Boolean>> sending = new ArrayList<>();
                for (Claimed mail : claimed) {
                    sending.add(sendingPool.submit(() -> send(mail)));
                }
                for (Future<Boolean> result : sending) {
                    if (result.get()) {
                        accepted++;
                    }
                }
            } while (!claimed.isEmpty() && isRunning());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.error("Sending the outbox failed; it will be tried again", e);
        }
        return accepted;
    }

    private record Claimed(long id, Mail mail, int attempts) {}

    /**
     * Claims no more than the senders can send at once, twice over: every mail claimed must be sent well within its
     * claim, however slow the mail server, or another pass would take it up again and send it twice.
     */
    private List<Claimed> claim() {
        return jdbc.sql("""
                with due as (
                    select id from notification_outbox
                    where status = 'QUEUED' and next_attempt_at <= now() and (claimed_until is null or claimed_until < now())
                    order by id limit ? for update skip locked)
                update notification_outbox x set claimed_until = now() + make_interval(secs => ?)
                from due
                where x.id = due.id
                returning x.id, x.recipient, x.subject, x.body, x.message_id, x.attempts, x.local_authority_id
                """)
                .params(2 * senders, (double) claimFor.toSeconds())
                .query((row, number) -> new Claimed(
                        row.getLong(1),
                        new Mail(
                                row.getString(2),
                                row.getString(3),
                                row.getString(4),
                                row.getString(5),
                                row.getObject(7, Long.class)),
                        row.getInt(6)))
                .list();
    }

    /**
     * Why a mail was not sent, in words for the staff who see it on a round: never the mail server's host, port or
     * the library's message, which go to the log.
     */
    static String forStaff(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.net.ConnectException
                    || cause instanceof java.net.UnknownHostException
                    || cause instanceof java.net.SocketTimeoutException
                    || cause.getClass().getSimpleName().equals("MailConnectException")) {
                return "The mail server could not be reached";
            }
            if (cause instanceof org.springframework.mail.MailAuthenticationException) {
                return "The mail server refused the service's sign-in";
            }
            if (cause instanceof jakarta.mail.SendFailedException) {
                return "The mail server refused the address";
            }
        }
        return "The mail server did not accept the mail";
    }

    private boolean send(Claimed claimed) {
        try {
            mailer.send(claimed.mail());
            jdbc.sql(
                            "update notification_outbox set status = 'SENT', sent_at = now(), claimed_until = null, attempts = attempts + 1, last_error = null where id = ?")
                    .param(claimed.id())
                    .update();
            return true;
        } catch (RuntimeException e) {
            int attempts = claimed.attempts() + 1;
            boolean givingUp = attempts >= maximumAttempts;
            long wait = firstRetryAfter.toMillis() * (1L << Math.min(attempts - 1, 10));
            jdbc.sql("""
                    update notification_outbox set attempts = ?, status = ?, claimed_until = null, last_error = ?,
                        next_attempt_at = now() + make_interval(secs => ?) where id = ?
                    """)
                    .params(attempts, givingUp ? "FAILED" : "QUEUED", forStaff(e), wait / 1000.0, claimed.id())
                    .update();
            log.warn(
                    "Mail to {} not sent (attempt {}{}): {}",
                    claimed.mail().to(),
                    attempts,
                    givingUp ? ", giving up" : "",
                    e.getMessage());
            return false;
        }
    }

    @Override
    public void start() {
        sendingPool = Executors.newFixedThreadPool(senders, named("outbox-sender"));
        scheduler = Executors.newSingleThreadScheduledExecutor(named("outbox"));
        scheduler.scheduleWithFixedDelay(this::sendDue, 0, pollEvery.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops taking up new work; what is being sent finishes and is recorded, so nothing is sent twice. */
    @Override
    public void stop() {
        ScheduledExecutorService running = scheduler;
        scheduler = null;
        if (running != null) {
            // The pass under way finishes its batch on the senders first; only then do the senders stop.
            running.shutdown();
            try {
                running.awaitTermination(30, TimeUnit.SECONDS);
                sendingPool.shutdown();
                sendingPool.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }

    private static java.util.concurrent.ThreadFactory named(String prefix) {
        java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
