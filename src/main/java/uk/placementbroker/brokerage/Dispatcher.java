package uk.placementbroker.brokerage;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import uk.placementbroker.notification.Mailer;
import uk.placementbroker.referral.AnonymisedReferral;
import uk.placementbroker.referral.Referrals;

/**
 * Sends the outbox: every queued recipient whose time has come, all at once, on a pool of senders.
 * A recipient is claimed before it is sent (so that two instances never send the same one), marked
 * sent as soon as the mail server accepts it, and otherwise tried again later, each wait longer than
 * the last, until it gives up and the broker sees it failed. Recipients claimed by an instance that
 * went away are taken up again once their claim runs out.
 */
@Component
class Dispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

    private final JdbcClient jdbc;
    private final Mailer mailer;
    private final Referrals referrals;
    private final String baseUrl;
    private final Duration pollEvery;
    private final Duration claimFor;
    private final Duration firstRetryAfter;
    private final int maximumAttempts;
    private final int senders;
    private final AtomicBoolean wanted = new AtomicBoolean();
    private volatile ScheduledExecutorService scheduler;
    private volatile ExecutorService sendingPool;

    Dispatcher(JdbcClient jdbc, Mailer mailer, Referrals referrals, @Value("${placementbroker.base-url}") String baseUrl,
            @Value("${placementbroker.outbox.poll-every:PT2S}") Duration pollEvery,
            @Value("${placementbroker.outbox.claim-for:PT2M}") Duration claimFor,
            @Value("${placementbroker.outbox.first-retry-after:PT10S}") Duration firstRetryAfter,
            @Value("${placementbroker.outbox.maximum-attempts:10}") int maximumAttempts,
            @Value("${placementbroker.outbox.senders:32}") int senders) {
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.referrals = referrals;
        this.baseUrl = baseUrl;
        this.pollEvery = pollEvery;
        this.claimFor = claimFor;
        this.firstRetryAfter = firstRetryAfter;
        this.maximumAttempts = maximumAttempts;
        this.senders = senders;
    }

    /** Something was queued: send now rather than at the next poll. */
    void wakeUp() {
        ScheduledExecutorService running = scheduler;
        if (running != null && wanted.compareAndSet(false, true)) {
            running.execute(this::sendDue);
        }
    }

    /** One pass: claims what is due and sends it all; returns how many mails the server accepted. */
    int sendDue() {
        wanted.set(false);
        int accepted = 0;
        try {
            List<Claimed> claimed;
            do {
                claimed = claim();
                // One referral's text serves every provider in its round.
                java.util.Map<Long, AnonymisedReferral> texts = new java.util.HashMap<>();
                for (Claimed recipient : claimed) {
                    texts.computeIfAbsent(recipient.referralId(), id -> referrals.anonymised(id, LocalDate.now()).orElseThrow());
                }
                List<Future<Boolean>> sending = new ArrayList<>();
                for (Claimed recipient : claimed) {
                    sending.add(sendingPool.submit(() -> send(recipient, texts.get(recipient.referralId()))));
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

    private record Claimed(long id, long roundId, long referralId, String email, int attempts, java.time.Instant respondBy) {}

    private List<Claimed> claim() {
        return jdbc.sql("""
                with due as (
                    select id from brokerage_recipient
                    where status = 'QUEUED' and next_attempt_at <= now() and (claimed_until is null or claimed_until < now())
                    order by id limit 500 for update skip locked)
                update brokerage_recipient x set claimed_until = now() + make_interval(secs => ?)
                from due, brokerage_round r
                where x.id = due.id and r.id = x.round_id
                returning x.id, x.round_id, r.referral_id, x.email, x.attempts, r.respond_by
                """)
                .param((double) claimFor.toSeconds())
                .query((row, number) -> new Claimed(row.getLong(1), row.getLong(2), row.getLong(3), row.getString(4), row.getInt(5),
                        row.getTimestamp(6).toInstant()))
                .list();
    }

    private boolean send(Claimed recipient, AnonymisedReferral referral) {
        try {
            String body = referral.asText() + "\n\nPlease answer by " + WHEN.format(recipient.respondBy().atZone(ZoneId.of("Europe/London")))
                    + ", with an offer or the reason you cannot offer:\n" + baseUrl + "/portal/referrals/" + recipient.referralId() + "\n";
            mailer.send(new Mail(recipient.email(), "Referral " + referral.reference() + ": " + referral.sex().toLowerCase(Locale.UK)
                    + " aged " + referral.age() + ", " + String.join(" or ", referral.placementTypes()), body,
                    "round-" + recipient.roundId() + "-recipient-" + recipient.id() + "@placement-broker"));
            jdbc.sql("update brokerage_recipient set status = 'SENT', sent_at = now(), claimed_until = null, attempts = attempts + 1, last_error = null where id = ?")
                    .param(recipient.id()).update();
            return true;
        } catch (RuntimeException e) {
            int attempts = recipient.attempts() + 1;
            boolean givingUp = attempts >= maximumAttempts;
            long wait = firstRetryAfter.toMillis() * (1L << Math.min(attempts - 1, 10));
            jdbc.sql("""
                    update brokerage_recipient set attempts = ?, status = ?, claimed_until = null, last_error = ?,
                        next_attempt_at = now() + make_interval(secs => ?) where id = ?
                    """)
                    .params(attempts, givingUp ? "FAILED" : "QUEUED", e.getMessage(), wait / 1000.0, recipient.id()).update();
            log.warn("Mail to {} not sent (attempt {}{}): {}", recipient.email(), attempts, givingUp ? ", giving up" : "", e.getMessage());
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
