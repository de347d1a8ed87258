package uk.placementbroker.brokerage;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import uk.placementbroker.identity.AuditAction;
import uk.placementbroker.identity.AuditLog;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.market.MarketDirectory;
import uk.placementbroker.referral.ReferralDetails;
import uk.placementbroker.referral.Referrals;

/**
 * Opens a referral's search rounds. A round and its recipients (the outbox) are written in one
 * transaction; once it commits, the dispatcher sends every mail at the same time.
 */
@Component
public class Rounds {

    /** A round as the referral's page shows it, with how its mail went. */
    public record Round(long id, int number, RoundKind kind, String openedBy, Instant openedAt, Instant respondBy, int asked, int sent,
            int failed, int queued, Instant closedAt, Integer acceptableOffers, boolean escalated) {}

    /** One provider asked in a round, and how the mail to them went. */
    public record Recipient(String provider, String email, String status, int attempts, String lastError, Instant sentAt) {}

    private final JdbcClient jdbc;
    private final Referrals referrals;
    private final MarketDirectory market;
    private final Dispatcher dispatcher;
    private final AuditLog auditLog;
    private final Duration sameDay;
    private final Duration withinSevenDays;
    private final Duration planned;

    Rounds(JdbcClient jdbc, Referrals referrals, MarketDirectory market, Dispatcher dispatcher, AuditLog auditLog,
            @Value("${placementbroker.rounds.respond-within.same-day:PT3H}") Duration sameDay,
            @Value("${placementbroker.rounds.respond-within.within-7-days:PT24H}") Duration withinSevenDays,
            @Value("${placementbroker.rounds.respond-within.planned:P5D}") Duration planned) {
        this.jdbc = jdbc;
        this.referrals = referrals;
        this.market = market;
        this.dispatcher = dispatcher;
        this.auditLog = auditLog;
        this.sameDay = sameDay;
        this.withinSevenDays = withinSevenDays;
        this.planned = planned;
    }

    /**
     * Opens the next round of the kind the broker chose (the broker may open the next before a round's
     * deadline). Providers already asked in an earlier round of the referral are not asked again.
     *
     * @return the providers asked; empty when there is nobody to ask in that kind of round
     */
    @Transactional
    public List<MarketDirectory.Contact> open(CurrentUser user, long referralId, RoundKind kind) {
        Referrals.Referral referral = referrals.startSearch(user, referralId);
        List<MarketDirectory.Contact> contacts = market.providersToAsk(user.localAuthorityId(), user.consortiumId(), kind.name(),
                        referral.details().placementTypes(), LocalDate.now()).stream()
                .filter(contact -> !alreadyAsked(referralId, contact.providerId()))
                .toList();
        if (contacts.isEmpty()) {
            return contacts;
        }
        int number = jdbc.sql("select coalesce(max(number), 0) + 1 from brokerage_round where referral_id = ?").param(referralId)
                .query(Integer.class).single();
        Instant respondBy = Instant.now().plus(respondWithin(referral.details().urgency()));
        long round = jdbc.sql("""
                insert into brokerage_round (referral_id, local_authority_id, number, kind, opened_by, respond_by)
                values (?, ?, ?, ?, ?, ?) returning id
                """)
                .params(referralId, user.localAuthorityId(), number, kind.name(), user.username(), java.sql.Timestamp.from(respondBy))
                .query(Long.class).single();
        for (MarketDirectory.Contact contact : contacts) {
            jdbc.sql("insert into brokerage_recipient (round_id, provider_id, provider_name, provider_organisation_id, email) values (?, ?, ?, ?, ?)")
                    .params(round, contact.providerId(), contact.name(), contact.providerOrganisationId(), contact.email()).update();
        }
        referrals.recordSearchStep(user, referralId, "Opened round " + number + " (" + kind.words().toLowerCase() + "): asked "
                + contacts.size() + (contacts.size() == 1 ? " provider" : " providers"));
        auditLog.record(AuditAction.CREATED, "search round", round, "referral " + referralId + ", " + contacts.size() + " providers");
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                dispatcher.wakeUp();
            }
        });
        return contacts;
    }

    public List<Round> of(long localAuthorityId, long referralId) {
        return jdbc.sql("""
                select r.id, r.number, r.kind, r.opened_by, r.opened_at, r.respond_by, count(x.id) as asked,
                       count(x.id) filter (where x.status = 'SENT') as sent, count(x.id) filter (where x.status = 'FAILED') as failed,
                       count(x.id) filter (where x.status = 'QUEUED') as queued, r.closed_at, r.acceptable_offers, r.escalated
                from brokerage_round r left join brokerage_recipient x on x.round_id = r.id
                where r.referral_id = ? and r.local_authority_id = ?
                group by r.id order by r.number
                """)
                .params(referralId, localAuthorityId)
                .query((row, number) -> new Round(row.getLong(1), row.getInt(2), RoundKind.valueOf(row.getString(3)), row.getString(4),
                        row.getTimestamp(5).toInstant(), row.getTimestamp(6).toInstant(), row.getInt(7), row.getInt(8), row.getInt(9), row.getInt(10),
                        row.getTimestamp(11) == null ? null : row.getTimestamp(11).toInstant(), row.getObject(12, Integer.class), row.getBoolean(13)))
                .list();
    }

    public List<Recipient> recipients(long localAuthorityId, long roundId) {
        return jdbc.sql("""
                select x.provider_name, x.email, x.status, x.attempts, x.last_error, x.sent_at
                from brokerage_recipient x join brokerage_round r on r.id = x.round_id
                where x.round_id = ? and r.local_authority_id = ? order by x.provider_name
                """)
                .params(roundId, localAuthorityId)
                .query((row, number) -> new Recipient(row.getString(1), row.getString(2), row.getString(3), row.getInt(4), row.getString(5),
                        row.getTimestamp(6) == null ? null : row.getTimestamp(6).toInstant()))
                .list();
    }

    /** The referrals sent to a provider organisation, newest first: the provider portal's list. */
    public List<Long> sentTo(long providerOrganisationId) {
        return jdbc.sql("""
                select r.referral_id from brokerage_recipient x join brokerage_round r on r.id = x.round_id
                where x.provider_organisation_id = ? group by r.referral_id order by max(r.opened_at) desc
                """).param(providerOrganisationId).query(Long.class).list();
    }

    /** Whether the referral was sent to the provider organisation in any round. */
    public boolean wasSentTo(long referralId, long providerOrganisationId) {
        return jdbc.sql("""
                select exists (select 1 from brokerage_recipient x join brokerage_round r on r.id = x.round_id
                               where r.referral_id = ? and x.provider_organisation_id = ?)
                """).params(referralId, providerOrganisationId).query(Boolean.class).single();
    }

    Duration respondWithin(ReferralDetails.Urgency urgency) {
        if (urgency == null) {
            return planned;
        }
        return switch (urgency) {
            case SAME_DAY -> sameDay;
            case WITHIN_7_DAYS -> withinSevenDays;
            case PLANNED -> planned;
        };
    }

    private boolean alreadyAsked(long referralId, long providerId) {
        return jdbc.sql("""
                select exists (select 1 from brokerage_recipient x join brokerage_round r on r.id = x.round_id
                               where r.referral_id = ? and x.provider_id = ?)
                """).params(referralId, providerId).query(Boolean.class).single();
    }
}
