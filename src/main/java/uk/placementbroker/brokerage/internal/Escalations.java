package uk.placementbroker.brokerage.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.placementbroker.brokerage.Answers;
import uk.placementbroker.brokerage.OfferScreening;
import uk.placementbroker.brokerage.RoundKind;
import uk.placementbroker.identity.AuditAction;
import uk.placementbroker.identity.AuditLog;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.identity.LocalAuthority;
import uk.placementbroker.identity.Organisations;
import uk.placementbroker.identity.Role;
import uk.placementbroker.notification.Mail;
import uk.placementbroker.notification.Outbox;
import uk.placementbroker.referral.ReferralStatus;
import uk.placementbroker.referral.Referrals;
import uk.placementbroker.shared.ReferralNumber;

/**
 * Closes each round when its deadline passes, so that no referral drifts while everyone waits. A round
 * that was still the referral's latest and brought no offer meeting every essential criterion is
 * escalated: the head of service and the council's brokers are told by mail, and the broker's search
 * page and the referral's history say what to do next (widen the distance or open the next round).
 */
@Component
public class Escalations {

    private static final Logger log = LoggerFactory.getLogger(Escalations.class);

    /** A round that closed with nothing acceptable, and who was told. */
    public record Escalated(long roundId, long referralId, long localAuthorityId, int round, List<String> told) {}

    private record Closing(
            long roundId, long referralId, long localAuthorityId, int number, RoundKind kind, boolean latest) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Referrals referrals;
    private final Answers answers;
    private final OfferScreening screening;
    private final Organisations organisations;
    private final Outbox outbox;
    private final AuditLog auditLog;
    private final String baseUrl;

    Escalations(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            Referrals referrals,
            Answers answers,
            OfferScreening screening,
            Organisations organisations,
            Outbox outbox,
            AuditLog auditLog,
            @Value("${placementbroker.base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.referrals = referrals;
        this.answers = answers;
        this.screening = screening;
        this.organisations = organisations;
        this.outbox = outbox;
        this.auditLog = auditLog;
        this.baseUrl = baseUrl;
    }

    @Scheduled(fixedDelayString = "${placementbroker.rounds.check-deadlines-every:PT1M}")
    public void closeRoundsPastTheirDeadline() {
        try {
            closeRoundsDueBy(Instant.now());
        } catch (RuntimeException e) {
            log.error("Closing rounds past their deadline failed; it will be tried again", e);
        }
    }

    /**
     * Closes every round whose deadline is at or before {@code now}, one transaction each (rounds another
     * instance is closing are skipped), and tells people about those escalated once each has committed.
     */
    public List<Escalated> closeRoundsDueBy(Instant now) {
        List<Escalated> escalated = new ArrayList<>();
        Optional<Optional<Escalated>> closed;
        while ((closed = transactions.execute(status -> closeNext(now))).isPresent()) {
            closed.get().ifPresent(escalated::add);
        }
        return escalated;
    }

    private Optional<Optional<Escalated>> closeNext(Instant now) {
        Optional<Closing> next = jdbc.sql("""
                select r.id, r.referral_id, r.local_authority_id, r.number, r.kind,
                       r.number = (select max(later.number) from brokerage_round later where later.referral_id = r.referral_id) as latest
                from brokerage_round r
                where r.closed_at is null and r.respond_by <= ?
                order by r.respond_by limit 1 for update of r skip locked
                """)
                .param(Timestamp.from(now))
                .query((row, number) -> new Closing(
                        row.getLong(1),
                        row.getLong(2),
                        row.getLong(3),
                        row.getInt(4),
                        RoundKind.valueOf(row.getString(5)),
                        row.getBoolean(6)))
                .optional();
        if (next.isEmpty()) {
            return Optional.empty();
        }
        Closing round = next.get();
        // A later round, a choice already made or a withdrawn referral means the round has nothing left to escalate.
        if (!round.latest()
                || referrals
                        .statusOf(round.referralId())
                        .filter(ReferralStatus.SEARCHING::equals)
                        .isEmpty()) {
            close(round, null, false);
            return Optional.of(Optional.empty());
        }
        CurrentUser system = system(round.localAuthorityId());
        Referrals.Referral referral = referrals.open(system, round.referralId()).orElseThrow();
        int acceptable = screening
                .screen(system, referral, answers.toReferral(round.localAuthorityId(), round.referralId()))
                .ranked()
                .size();
        if (acceptable > 0) {
            close(round, acceptable, false);
            referrals.recordSearchStep(
                    system,
                    round.referralId(),
                    "Round " + round.number() + " closed with " + acceptable + (acceptable == 1 ? " offer" : " offers")
                            + " meeting every essential criterion");
            return Optional.of(Optional.empty());
        }
        close(round, 0, true);
        List<String> told = new ArrayList<>(organisations.staffEmails(round.localAuthorityId(), Role.HEAD_OF_SERVICE));
        organisations.staffEmails(round.localAuthorityId(), Role.BROKER).stream()
                .filter(email -> !told.contains(email))
                .forEach(told::add);
        referrals.recordSearchStep(
                system,
                round.referralId(),
                "Round " + round.number() + " (" + round.kind().words().toLowerCase()
                        + ") closed with no offer meeting every essential criterion: escalated to the head of service. Widen the distance or open the next round");
        auditLog.record(
                AuditAction.UPDATED, "search round", round.roundId(), "escalated: no acceptable offer by the deadline");
        Escalated escalated = new Escalated(
                round.roundId(), round.referralId(), round.localAuthorityId(), round.number(), List.copyOf(told));
        tell(escalated);
        return Optional.of(Optional.of(escalated));
    }

    private void close(Closing round, Integer acceptable, boolean escalated) {
        jdbc.sql("update brokerage_round set closed_at = now(), acceptable_offers = ?, escalated = ? where id = ?")
                .params(acceptable, escalated, round.roundId())
                .update();
    }

    private CurrentUser system(long localAuthorityId) {
        LocalAuthority council = organisations.localAuthority(localAuthorityId).orElseThrow();
        return new CurrentUser(
                0,
                "system",
                "Placement Broker",
                Set.of(Role.BROKER),
                council.id(),
                null,
                council.consortiumId(),
                council.name());
    }

    /** With the close: the mails go once it commits, and however long the mail server takes to answer. */
    private void tell(Escalated round) {
        String reference = ReferralNumber.of(round.referralId());
        String body = "Round " + round.round() + " of the search for referral " + reference
                + " has closed with no offer that meets every"
                + " essential criterion.\n\nThe broker should widen the maximum distance or open the next round; the head of service"
                + " may need to agree a wider search or a higher cost.\n\n" + baseUrl + "/referrals/"
                + round.referralId() + "/search\n";
        for (int i = 0; i < round.told().size(); i++) {
            String email = round.told().get(i);
            outbox.queue(new Mail(
                    email,
                    "No acceptable offer for referral " + reference,
                    body,
                    "escalation-round-" + round.roundId() + "-" + i + "@placement-broker",
                    round.localAuthorityId()));
        }
    }
}
