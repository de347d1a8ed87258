package uk.placementbroker.brokerage;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.placementbroker.identity.AuditAction;
import uk.placementbroker.identity.AuditLog;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.market.MarketDirectory;
import uk.placementbroker.notification.Mail;
import uk.placementbroker.notification.Outbox;
import uk.placementbroker.referral.AnonymisedReferral;
import uk.placementbroker.referral.InHouseRequests;
import uk.placementbroker.referral.ReferralDetails;
import uk.placementbroker.referral.Referrals;
import uk.placementbroker.shared.NotFound;
import uk.placementbroker.shared.Refused;

/**
 * Opens a referral's search rounds. A round, its recipients and their mails (in the outbox) are written
 * in one transaction; once it commits, the outbox sends every mail at the same time.
 */
@Component
public class Rounds implements InHouseRequests {

    /** A round as the referral's page shows it, with how its mail went. */
    public record Round(
            long id,
            int number,
            RoundKind kind,
            String openedBy,
            Instant openedAt,
            Instant respondBy,
            int asked,
            int sent,
            int failed,
            int queued,
            Instant closedAt,
            Integer acceptableOffers,
            boolean escalated) {}

    /** One provider asked in a round, and how the mail to them went. */
    public record Recipient(
            String provider, String email, String status, int attempts, String lastError, Instant sentAt) {}

    /** The latest a broker may set a round's deadline: a search left open longer has stalled. */
    public static final Duration LONGEST_DEADLINE = Duration.ofDays(14);

    private final JdbcClient jdbc;
    private final Referrals referrals;
    private final MarketDirectory market;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

    private final Outbox outbox;
    private final String baseUrl;
    private final AuditLog auditLog;
    private final Duration sameDay;
    private final Duration withinSevenDays;
    private final Duration planned;

    Rounds(
            JdbcClient jdbc,
            Referrals referrals,
            MarketDirectory market,
            Outbox outbox,
            AuditLog auditLog,
            @Value("${placementbroker.base-url}") String baseUrl,
            @Value("${placementbroker.rounds.respond-within.same-day:PT3H}") Duration sameDay,
            @Value("${placementbroker.rounds.respond-within.within-7-days:PT24H}") Duration withinSevenDays,
            @Value("${placementbroker.rounds.respond-within.planned:P5D}") Duration planned) {
        this.jdbc = jdbc;
        this.referrals = referrals;
        this.market = market;
        this.outbox = outbox;
        this.baseUrl = baseUrl;
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
        return open(user, referralId, kind, null);
    }

    /**
     * The same, with the deadline the broker set for answers; null for the default from the referral's urgency.
     * A deadline must be in the future and within {@link #LONGEST_DEADLINE}.
     */
    @Transactional
    public List<MarketDirectory.Contact> open(CurrentUser user, long referralId, RoundKind kind, Instant deadline) {
        Referrals.Referral referral = referrals.startSearch(user, referralId);
        if (deadline != null
                && (!deadline.isAfter(Instant.now())
                        || deadline.isAfter(Instant.now().plus(LONGEST_DEADLINE)))) {
            throw new Refused("Set a deadline for answers after now and within " + LONGEST_DEADLINE.toDays() + " days");
        }
        List<MarketDirectory.Contact> contacts = toAsk(user, referral, kind);
        if (contacts.isEmpty()) {
            return contacts;
        }
        int number = jdbc.sql("select coalesce(max(number), 0) + 1 from brokerage_round where referral_id = ?")
                .param(referralId)
                .query(Integer.class)
                .single();
        Instant respondBy = deadline != null
                ? deadline
                : Instant.now().plus(respondWithin(referral.details().urgency()));
        long round = jdbc.sql("""
                insert into brokerage_round (referral_id, local_authority_id, number, kind, opened_by, respond_by)
                values (?, ?, ?, ?, ?, ?) returning id
                """)
                .params(
                        referralId,
                        user.localAuthorityId(),
                        number,
                        kind.name(),
                        user.username(),
                        java.sql.Timestamp.from(respondBy))
                .query(Long.class)
                .single();
        queueMails(round, referralId, user.localAuthorityId(), kind, respondBy, contacts);
        referrals.recordSearchStep(
                user,
                referralId,
                "Opened round " + number + " (" + kind.words().toLowerCase() + "): asked " + contacts.size()
                        + (contacts.size() == 1 ? " provider" : " providers"));
        auditLog.record(
                AuditAction.CREATED,
                "search round",
                round,
                "referral " + referralId + ", " + contacts.size() + " providers");
        return contacts;
    }

    /** Who a round of this kind would ask now, for the broker to see before sending it: nobody is mailed. */
    public List<MarketDirectory.Contact> wouldAsk(CurrentUser user, long referralId, RoundKind kind) {
        Referrals.Referral referral = referrals.open(user, referralId).orElseThrow(() -> new NotFound());
        return toAsk(user, referral, kind);
    }

    /** The deadline a round gets unless the broker sets one: from the referral's urgency. */
    public Instant defaultDeadline(Referrals.Referral referral) {
        return Instant.now().plus(respondWithin(referral.details().urgency()));
    }

    private List<MarketDirectory.Contact> toAsk(CurrentUser user, Referrals.Referral referral, RoundKind kind) {
        return market
                .providersToAsk(
                        user.localAuthorityId(),
                        user.consortiumId(),
                        kind.name(),
                        referral.details().placementTypes(),
                        LocalDate.now())
                .stream()
                .filter(contact -> !alreadyAsked(referral.id(), contact.providerId()))
                .toList();
    }

    /** One mail to each provider asked, all with the same anonymised text, queued with the round. */
    private void queueMails(
            long round,
            long referralId,
            long council,
            RoundKind kind,
            Instant respondBy,
            List<MarketDirectory.Contact> contacts) {
        AnonymisedReferral referral =
                referrals.anonymised(referralId, LocalDate.now()).orElseThrow();
        String subject =
                "Referral " + referral.reference() + ": " + referral.sex().toLowerCase(Locale.UK) + " aged "
                        + referral.age() + ", " + String.join(" or ", referral.placementTypes());
        String body = referral.asText() + "\n\nPlease answer by "
                + WHEN.format(respondBy.atZone(ZoneId.of("Europe/London")))
                + ", with an offer or the reason you cannot offer:\n" + baseUrl
                + (kind == RoundKind.IN_HOUSE ? "/in-house/referrals/" : "/portal/referrals/") + referralId + "\n";
        // A provider is asked once in a round, so the round and the provider name the mail.
        List<Long> mailIds = outbox.queueAll(contacts.stream()
                .map(contact -> new Mail(
                        contact.email(),
                        subject,
                        body,
                        "round-" + round + "-provider-" + contact.providerId() + "@placement-broker",
                        council))
                .toList());
        for (int i = 0; i < contacts.size(); i++) {
            MarketDirectory.Contact contact = contacts.get(i);
            jdbc.sql("""
                    insert into brokerage_recipient (round_id, provider_id, provider_name, provider_organisation_id, email, mail_id)
                    values (?, ?, ?, ?, ?, ?)
                    """)
                    .params(
                            round,
                            contact.providerId(),
                            contact.name(),
                            contact.providerOrganisationId(),
                            contact.email(),
                            mailIds.get(i))
                    .update();
        }
    }

    public List<Round> of(long localAuthorityId, long referralId) {
        record Row(
                long id,
                int number,
                RoundKind kind,
                String openedBy,
                Instant openedAt,
                Instant respondBy,
                Instant closedAt,
                Integer acceptableOffers,
                boolean escalated,
                List<Long> mailIds) {}
        List<Row> rows = jdbc.sql("""
                select r.id, r.number, r.kind, r.opened_by, r.opened_at, r.respond_by, r.closed_at, r.acceptable_offers, r.escalated,
                       array_remove(array_agg(x.mail_id), null) as mail_ids
                from brokerage_round r left join brokerage_recipient x on x.round_id = r.id
                where r.referral_id = ? and r.local_authority_id = ?
                group by r.id order by r.number
                """)
                .params(referralId, localAuthorityId)
                .query((row, number) -> new Row(
                        row.getLong(1),
                        row.getInt(2),
                        RoundKind.valueOf(row.getString(3)),
                        row.getString(4),
                        row.getTimestamp(5).toInstant(),
                        row.getTimestamp(6).toInstant(),
                        row.getTimestamp(7) == null ? null : row.getTimestamp(7).toInstant(),
                        row.getObject(8, Integer.class),
                        row.getBoolean(9),
                        List.of((Long[]) row.getArray(10).getArray())))
                .list();
        Map<Long, Outbox.Delivery> deliveries = outbox.deliveries(
                rows.stream().flatMap(row -> row.mailIds().stream()).toList());
        return rows.stream()
                .map(row -> {
                    Map<Outbox.Status, Long> counts = row.mailIds().stream()
                            .map(deliveries::get)
                            .filter(java.util.Objects::nonNull)
                            .collect(Collectors.groupingBy(Outbox.Delivery::status, Collectors.counting()));
                    return new Round(
                            row.id(),
                            row.number(),
                            row.kind(),
                            row.openedBy(),
                            row.openedAt(),
                            row.respondBy(),
                            row.mailIds().size(),
                            counts.getOrDefault(Outbox.Status.SENT, 0L).intValue(),
                            counts.getOrDefault(Outbox.Status.FAILED, 0L).intValue(),
                            counts.getOrDefault(Outbox.Status.QUEUED, 0L).intValue(),
                            row.closedAt(),
                            row.acceptableOffers(),
                            row.escalated());
                })
                .toList();
    }

    public List<Recipient> recipients(long localAuthorityId, long roundId) {
        record Row(String provider, String email, Long mailId) {}
        List<Row> rows = jdbc.sql("""
                select x.provider_name, x.email, x.mail_id
                from brokerage_recipient x join brokerage_round r on r.id = x.round_id
                where x.round_id = ? and r.local_authority_id = ? order by x.provider_name
                """)
                .params(roundId, localAuthorityId)
                .query((row, number) -> new Row(row.getString(1), row.getString(2), row.getObject(3, Long.class)))
                .list();
        Map<Long, Outbox.Delivery> deliveries = outbox.deliveries(rows.stream()
                .map(Row::mailId)
                .filter(java.util.Objects::nonNull)
                .toList());
        return rows.stream()
                .map(row -> {
                    Outbox.Delivery delivery = deliveries.get(row.mailId());
                    return delivery == null
                            ? new Recipient(row.provider(), row.email(), Outbox.Status.QUEUED.name(), 0, null, null)
                            : new Recipient(
                                    row.provider(),
                                    row.email(),
                                    delivery.status().name(),
                                    delivery.attempts(),
                                    delivery.lastError(),
                                    delivery.sentAt());
                })
                .toList();
    }

    /** The referrals sent to a provider organisation, newest first, at most {@code limit}: the provider portal's list. */
    public List<Long> sentTo(long providerOrganisationId, int limit) {
        return jdbc.sql("""
                select r.referral_id from brokerage_recipient x join brokerage_round r on r.id = x.round_id
                where x.provider_organisation_id = ? group by r.referral_id order by max(r.opened_at) desc, r.referral_id desc limit ?
                """)
                .params(providerOrganisationId, limit)
                .query(Long.class)
                .list();
    }

    /** How many referrals have been sent to a provider organisation. */
    public int countSentTo(long providerOrganisationId) {
        return jdbc.sql("""
                select count(distinct r.referral_id) from brokerage_recipient x join brokerage_round r on r.id = x.round_id
                where x.provider_organisation_id = ?
                """).param(providerOrganisationId).query(Integer.class).single();
    }

    /** Whether the referral was sent to the provider organisation in any round. */
    public boolean wasSentTo(long referralId, long providerOrganisationId) {
        return jdbc.sql("""
                select exists (select 1 from brokerage_recipient x join brokerage_round r on r.id = x.round_id
                               where r.referral_id = ? and x.provider_organisation_id = ?)
                """)
                .params(referralId, providerOrganisationId)
                .query(Boolean.class)
                .single();
    }

    /** One referral the council has asked its own fostering service about, for its fostering team. */
    public record InHouseRequest(long referralId, Instant askedAt, Instant respondBy, int answers) {}

    /** The referrals the council has asked its own fostering service about, the nearest deadline first. */
    public List<InHouseRequest> sentToInHouse(long localAuthorityId) {
        return jdbc.sql("""
                select r.referral_id, max(r.opened_at) as asked_at, max(r.respond_by) as respond_by,
                       (select count(*) from brokerage_answer a join brokerage_round ar on ar.id = a.round_id
                        where a.referral_id = r.referral_id and ar.kind = 'IN_HOUSE') as answers
                from brokerage_round r
                where r.local_authority_id = ? and r.kind = 'IN_HOUSE'
                group by r.referral_id order by max(r.respond_by), r.referral_id
                """).param(localAuthorityId).query(InHouseRequest.class).list();
    }

    /** The council's own fostering service, as the directory's provider, where the council asked it about the referral. */
    public Optional<Long> inHouseProvider(long localAuthorityId, long referralId) {
        return jdbc.sql("""
                select x.provider_id from brokerage_recipient x join brokerage_round r on r.id = x.round_id
                where r.referral_id = ? and r.local_authority_id = ? and r.kind = 'IN_HOUSE' order by r.number desc limit 1
                """)
                .params(referralId, localAuthorityId)
                .query(Long.class)
                .optional();
    }

    /** Whether the council asked its own fostering service about the referral. */
    @Override
    public boolean asked(long localAuthorityId, long referralId) {
        return jdbc.sql("""
                select exists (select 1 from brokerage_round where referral_id = ? and local_authority_id = ? and kind = 'IN_HOUSE')
                """)
                .params(referralId, localAuthorityId)
                .query(Boolean.class)
                .single();
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
