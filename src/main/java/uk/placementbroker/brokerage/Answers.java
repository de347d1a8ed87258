package uk.placementbroker.brokerage;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.placementbroker.identity.AuditAction;
import uk.placementbroker.identity.AuditLog;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.identity.Role;
import uk.placementbroker.market.Vacancies;
import uk.placementbroker.referral.ReferralStatus;
import uk.placementbroker.referral.Referrals;
import uk.placementbroker.shared.HomeRef;
import uk.placementbroker.shared.Money;
import uk.placementbroker.shared.MovedOn;
import uk.placementbroker.shared.NotFound;
import uk.placementbroker.shared.Refused;

/**
 * Providers' answers to the referrals sent to them: offers of one of their homes (late ones accepted
 * and marked late), or the reason they cannot offer. An offer can be withdrawn until a decision. The
 * council's own fostering service answers the same way, through its staff or, by phone, through the
 * broker, who records who gave the answer.
 */
@Component
public class Answers {

    /** What a provider offers: the home, when, the weekly fee and the extras. */
    public record Offer(
            HomeRef home,
            LocalDate availableFrom,
            Money weeklyFee,
            BigDecimal oneToOneHours,
            Money oneToOneRate,
            Money educationWeekly,
            Money transportWeekly,
            Money therapyWeekly,
            Money oneOffCosts,
            String howNeedsAreMet) {

        /** The 1:1 support a week: its hours at their rate, to the nearest penny. */
        public Money oneToOneWeekly() {
            return oneToOneRate.times(oneToOneHours.doubleValue());
        }

        /** The extras a week: 1:1 support, education, transport and therapy. */
        public Money extrasWeekly() {
            return oneToOneWeekly().plus(educationWeekly).plus(transportWeekly).plus(therapyWeekly);
        }

        public Money weeklyCost() {
            return weeklyFee.plus(extrasWeekly());
        }
    }

    /** An answer as the broker and the provider see it: an offer (with its home and costs) or a refusal (with its reason). */
    public record Answer(
            long id,
            long referralId,
            int round,
            long providerId,
            String providerName,
            Long providerOrganisationId,
            String kind,
            HomeRef home,
            String homeName,
            LocalDate availableFrom,
            Money weeklyFee,
            BigDecimal oneToOneHours,
            Money oneToOneRate,
            Money educationWeekly,
            Money transportWeekly,
            Money therapyWeekly,
            Money oneOffCosts,
            String howNeedsAreMet,
            RefusalReason refusalReason,
            String refusalNote,
            String submittedBy,
            String givenByPhoneBy,
            Instant submittedAt,
            boolean late,
            Instant withdrawnAt) {

        public boolean offer() {
            return "OFFER".equals(kind);
        }

        public boolean withdrawn() {
            return withdrawnAt != null;
        }

        public Offer asOffer() {
            return new Offer(
                    home,
                    availableFrom,
                    weeklyFee,
                    oneToOneHours,
                    oneToOneRate,
                    educationWeekly,
                    transportWeekly,
                    therapyWeekly,
                    oneOffCosts,
                    howNeedsAreMet);
        }
    }

    public static final String NO_LONGER_LOOKING = "The council is no longer looking for a placement for this referral";

    private static final String SELECT = """
            select a.id, a.referral_id, r.number as round, a.provider_id, a.provider_name, a.provider_organisation_id, a.kind, a.home_key, a.home_name,
                   a.available_from, a.weekly_fee, a.one_to_one_hours, a.one_to_one_rate, a.education_weekly, a.transport_weekly,
                   a.therapy_weekly, a.one_off_costs, a.how_needs_are_met, a.refusal_reason, a.refusal_note, a.submitted_by,
                   a.given_by_phone_by, a.submitted_at, a.late, a.withdrawn_at
            from brokerage_answer a join brokerage_round r on r.id = a.round_id
            """;

    private final JdbcClient jdbc;
    private final Vacancies vacancies;
    private final AuditLog auditLog;
    private final Referrals referrals;

    Answers(JdbcClient jdbc, Vacancies vacancies, AuditLog auditLog, Referrals referrals) {
        this.jdbc = jdbc;
        this.vacancies = vacancies;
        this.auditLog = auditLog;
        this.referrals = referrals;
    }

    /** An offer by the provider's or the in-house service's own staff. */
    @Transactional
    public long offer(CurrentUser user, long referralId, Offer offer) {
        return offer(user, referralId, offer, null);
    }

    /**
     * @param givenByPhoneBy who in the council's fostering service gave the offer by phone, when the broker
     *     records it; null when the answerer enters it
     */
    @Transactional
    public long offer(CurrentUser user, long referralId, Offer offer, String givenByPhoneBy) {
        Asked asked = asked(user, referralId, givenByPhoneBy);
        Vacancies.Home home = vacancies.homesOfProvider(asked.provider()).stream()
                .filter(candidate -> candidate.ref().equals(offer.home()))
                .findFirst()
                .orElseThrow(() -> new Refused("Choose one of your own homes"));
        long id = jdbc.sql("""
                insert into brokerage_answer (referral_id, round_id, provider_id, provider_name, provider_organisation_id, kind, home_key, home_name,
                    available_from, weekly_fee, one_to_one_hours, one_to_one_rate, education_weekly, transport_weekly, therapy_weekly,
                    one_off_costs, how_needs_are_met, submitted_by, given_by_phone_by, late)
                values (?, ?, ?, ?, ?, 'OFFER', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now() > ?) returning id
                """)
                .params(
                        referralId,
                        asked.round(),
                        asked.provider(),
                        asked.providerName(),
                        asked.organisation(),
                        home.key(),
                        home.name(),
                        offer.availableFrom(),
                        offer.weeklyFee().pounds(),
                        offer.oneToOneHours(),
                        offer.oneToOneRate().pounds(),
                        offer.educationWeekly().pounds(),
                        offer.transportWeekly().pounds(),
                        offer.therapyWeekly().pounds(),
                        offer.oneOffCosts().pounds(),
                        offer.howNeedsAreMet(),
                        user.username(),
                        givenByPhoneBy,
                        java.sql.Timestamp.from(asked.respondBy()))
                .query(Long.class)
                .single();
        auditLog.recordAbout(
                referrals.councilOf(referralId).orElse(null),
                AuditAction.CREATED,
                "offer",
                id,
                "referral " + referralId);
        return id;
    }

    @Transactional
    public long refuse(CurrentUser user, long referralId, RefusalReason reason, String note) {
        return refuse(user, referralId, reason, note, null);
    }

    /** @param givenByPhoneBy as for {@link #offer(CurrentUser, long, Offer, String)} */
    @Transactional
    public long refuse(CurrentUser user, long referralId, RefusalReason reason, String note, String givenByPhoneBy) {
        Asked asked = asked(user, referralId, givenByPhoneBy);
        long id = jdbc.sql("""
                insert into brokerage_answer (referral_id, round_id, provider_id, provider_name, provider_organisation_id, kind, refusal_reason,
                    refusal_note, submitted_by, given_by_phone_by, late)
                values (?, ?, ?, ?, ?, 'REFUSAL', ?, ?, ?, ?, now() > ?) returning id
                """)
                .params(
                        referralId,
                        asked.round(),
                        asked.provider(),
                        asked.providerName(),
                        asked.organisation(),
                        reason.name(),
                        note == null || note.isBlank() ? null : note.strip(),
                        user.username(),
                        givenByPhoneBy,
                        java.sql.Timestamp.from(asked.respondBy()))
                .query(Long.class)
                .single();
        auditLog.recordAbout(
                referrals.councilOf(referralId).orElse(null),
                AuditAction.CREATED,
                "refusal",
                id,
                "referral " + referralId + ": " + reason.name());
        return id;
    }

    /**
     * Withdraws the provider's own offer (or the in-house service's, for its staff and the broker); false when it
     * is not theirs or is already withdrawn.
     */
    @Transactional
    public boolean withdraw(CurrentUser user, long answerId) {
        Optional<Long> referral = (user.hasRole(Role.PROVIDER_USER) && user.providerOrganisationId() != null
                        ? jdbc.sql(
                                        "select referral_id from brokerage_answer where id = ? and provider_organisation_id = ?")
                                .params(answerId, user.providerOrganisationId())
                        : jdbc.sql("""
                                        select a.referral_id from brokerage_answer a join brokerage_round r on r.id = a.round_id
                                        where a.id = ? and r.local_authority_id = ? and r.kind = 'IN_HOUSE'
                                        """).params(answerId, inHouseCouncil(user, !user.hasRole(Role.IN_HOUSE_FOSTERING))))
                .query(Long.class)
                .optional();
        if (referral.isEmpty()) {
            return false;
        }
        if (!referrals.lock(referral.get()).map(ReferralStatus::takesAnswers).orElse(false)) {
            throw new MovedOn(NO_LONGER_LOOKING + ", so the offer stands as it was");
        }
        boolean done = jdbc.sql("""
                update brokerage_answer set withdrawn_at = now()
                where id = ? and kind = 'OFFER' and withdrawn_at is null
                """).params(answerId).update() == 1;
        if (done) {
            auditLog.recordAbout(
                    referrals.councilOf(referral.get()).orElse(null),
                    AuditAction.UPDATED,
                    "offer",
                    answerId,
                    "withdrawn");
        }
        return done;
    }

    /** Every answer to a referral of the council, for the broker. */
    public List<Answer> toReferral(long localAuthorityId, long referralId) {
        return jdbc.sql(SELECT + " where a.referral_id = ? and r.local_authority_id = ? order by a.submitted_at")
                .params(referralId, localAuthorityId)
                .query(Answers::answer)
                .list();
    }

    /** A provider's own answers to a referral. */
    public List<Answer> fromProvider(long providerOrganisationId, long referralId) {
        return jdbc.sql(SELECT + " where a.referral_id = ? and a.provider_organisation_id = ? order by a.submitted_at")
                .params(referralId, providerOrganisationId)
                .query(Answers::answer)
                .list();
    }

    /** The answers of the council's own fostering service to a referral. */
    public List<Answer> fromInHouse(long localAuthorityId, long referralId) {
        return jdbc.sql(
                        SELECT
                                + " where a.referral_id = ? and r.local_authority_id = ? and r.kind = 'IN_HOUSE' order by a.submitted_at")
                .params(referralId, localAuthorityId)
                .query(Answers::answer)
                .list();
    }

    public Optional<Answer> find(long localAuthorityId, long answerId) {
        return jdbc.sql(SELECT + " where a.id = ? and r.local_authority_id = ?")
                .params(answerId, localAuthorityId)
                .query(Answers::answer)
                .optional();
    }

    private static Answer answer(ResultSet row, int number) throws SQLException {
        String reason = row.getString("refusal_reason");
        java.sql.Timestamp withdrawn = row.getTimestamp("withdrawn_at");
        return new Answer(
                row.getLong("id"),
                row.getLong("referral_id"),
                row.getInt("round"),
                row.getLong("provider_id"),
                row.getString("provider_name"),
                row.getObject("provider_organisation_id", Long.class),
                row.getString("kind"),
                HomeRef.fromKey(row.getString("home_key")).orElse(null),
                row.getString("home_name"),
                row.getObject("available_from", LocalDate.class),
                money(row, "weekly_fee"),
                row.getBigDecimal("one_to_one_hours"),
                money(row, "one_to_one_rate"),
                money(row, "education_weekly"),
                money(row, "transport_weekly"),
                money(row, "therapy_weekly"),
                money(row, "one_off_costs"),
                row.getString("how_needs_are_met"),
                reason == null ? null : RefusalReason.valueOf(reason),
                row.getString("refusal_note"),
                row.getString("submitted_by"),
                row.getString("given_by_phone_by"),
                row.getTimestamp("submitted_at").toInstant(),
                row.getBoolean("late"),
                withdrawn == null ? null : withdrawn.toInstant());
    }

    private static Money money(ResultSet row, String column) throws SQLException {
        BigDecimal pounds = row.getBigDecimal(column);
        return pounds == null ? null : Money.of(pounds);
    }

    private record Asked(long round, long provider, String providerName, Long organisation, Instant respondBy) {}

    /**
     * The latest round in which the answerer was asked about the referral: the provider's organisation, or the
     * council's own fostering service; refused if it never was, or if the council has stopped looking (placed or
     * withdrawn).
     */
    private Asked asked(CurrentUser user, long referralId, String givenByPhoneBy) {
        if (givenByPhoneBy != null && givenByPhoneBy.isBlank()) {
            throw new Refused("Say who in the fostering service gave the answer");
        }
        JdbcClient.StatementSpec latest = givenByPhoneBy == null && user.hasRole(Role.PROVIDER_USER)
                ? jdbc.sql("""
                        select r.id, x.provider_id, x.provider_name, x.provider_organisation_id, r.respond_by
                        from brokerage_recipient x join brokerage_round r on r.id = x.round_id
                        where r.referral_id = ? and x.provider_organisation_id = ? order by r.number desc limit 1
                        """).params(referralId, organisation(user))
                : jdbc.sql("""
                        select r.id, x.provider_id, x.provider_name, x.provider_organisation_id, r.respond_by
                        from brokerage_recipient x join brokerage_round r on r.id = x.round_id
                        where r.referral_id = ? and r.local_authority_id = ? and r.kind = 'IN_HOUSE' order by r.number desc limit 1
                        """).params(referralId, inHouseCouncil(user, givenByPhoneBy != null));
        Asked asked = latest.query((row, number) -> new Asked(
                        row.getLong(1),
                        row.getLong(2),
                        row.getString(3),
                        row.getObject(4, Long.class),
                        row.getTimestamp(5).toInstant()))
                .optional()
                .orElseThrow(() -> new NotFound());
        if (!referrals.lock(referralId).map(ReferralStatus::takesAnswers).orElse(false)) {
            throw new Refused(NO_LONGER_LOOKING);
        }
        return asked;
    }

    private static long organisation(CurrentUser user) {
        if (!user.hasRole(Role.PROVIDER_USER) || user.providerOrganisationId() == null) {
            throw new Refused("Only providers answer referrals");
        }
        return user.providerOrganisationId();
    }

    /**
     * The council whose fostering service the user answers for: its own staff, or its broker recording an answer
     * given by phone (and saying who gave it).
     */
    private static long inHouseCouncil(CurrentUser user, boolean byPhone) {
        if (user.localAuthorityId() != null && user.hasRole(byPhone ? Role.BROKER : Role.IN_HOUSE_FOSTERING)) {
            return user.localAuthorityId();
        }
        throw new Refused(
                "Only the council’s fostering team, or its broker taking their answer by phone, answers for its carers");
    }
}
