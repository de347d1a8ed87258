package uk.placementbroker.brokerage;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.identity.LocalAuthority;
import uk.placementbroker.identity.Organisations;
import uk.placementbroker.identity.Role;
import uk.placementbroker.shared.ReferralNumber;
import uk.placementbroker.shared.Refused;

/**
 * How providers answered the referrals they were sent: market intelligence. A provider that is asked
 * often and seldom offers, or refuses on price, tells commissioners what the market is short of. Council
 * staff see their council's referrals; a consortium's commissioners see all its councils'. Nothing here
 * identifies a child.
 */
@Component
public class ProviderResponses {

    /** One provider's answers: how many referrals it was asked about, offered for, refused and left unanswered. */
    public record Tally(
            String provider,
            int asked,
            int offers,
            int refusals,
            int unanswered,
            Map<RefusalReason, Integer> refusalsByReason) {

        public int refusedFor(RefusalReason reason) {
            return refusalsByReason.getOrDefault(reason, 0);
        }
    }

    /** A provider's reason for not offering, on one referral. */
    public record Refusal(
            Instant at,
            long referralId,
            String council,
            int round,
            String provider,
            RefusalReason reason,
            String note,
            boolean late) {

        /** The referral's number as providers know it. */
        public String reference() {
            return ReferralNumber.of(referralId);
        }
    }

    private final JdbcClient jdbc;
    private final Organisations organisations;

    ProviderResponses(JdbcClient jdbc, Organisations organisations) {
        this.jdbc = jdbc;
        this.organisations = organisations;
    }

    /** Who may read them: brokers, heads of service and commissioners. */
    public static boolean mayRead(CurrentUser user) {
        return user.hasRole(Role.BROKER) || user.hasRole(Role.HEAD_OF_SERVICE) || user.hasRole(Role.COMMISSIONER);
    }

    public List<Tally> tallies(CurrentUser user) {
        List<Long> councils = councils(user);
        Map<String, Map<RefusalReason, Integer>> reasons = new java.util.HashMap<>();
        for (Map<String, Object> row :
                jdbc.sql("""
                select a.provider_name, a.refusal_reason, count(*) as refusals
                from brokerage_answer a join brokerage_round r on r.id = a.round_id
                where r.local_authority_id in (:councils) and a.kind = 'REFUSAL' group by a.provider_name, a.refusal_reason
                """).param("councils", councils).query().listOfRows()) {
            reasons.computeIfAbsent((String) row.get("provider_name"), name -> new EnumMap<>(RefusalReason.class))
                    .put(
                            RefusalReason.valueOf((String) row.get("refusal_reason")),
                            ((Number) row.get("refusals")).intValue());
        }
        return jdbc.sql("""
                with asked as (
                    select distinct r.referral_id, x.provider_id, x.provider_name
                    from brokerage_recipient x join brokerage_round r on r.id = x.round_id
                    where r.local_authority_id in (:councils))
                select asked.provider_name, count(*) as asked,
                       count(*) filter (where exists (select 1 from brokerage_answer a where a.referral_id = asked.referral_id
                           and a.provider_id = asked.provider_id and a.kind = 'OFFER')) as offers,
                       count(*) filter (where exists (select 1 from brokerage_answer a where a.referral_id = asked.referral_id
                           and a.provider_id = asked.provider_id and a.kind = 'REFUSAL')) as refusals,
                       count(*) filter (where not exists (select 1 from brokerage_answer a where a.referral_id = asked.referral_id
                           and a.provider_id = asked.provider_id)) as unanswered
                from asked group by asked.provider_name order by count(*) desc, asked.provider_name
                """)
                .param("councils", councils)
                .query((row, number) -> new Tally(
                        row.getString(1),
                        row.getInt(2),
                        row.getInt(3),
                        row.getInt(4),
                        row.getInt(5),
                        reasons.getOrDefault(row.getString(1), Map.of())))
                .list();
    }

    /** The latest refusals, newest first. */
    public List<Refusal> latestRefusals(CurrentUser user, int count) {
        return jdbc.sql("""
                select a.submitted_at, a.referral_id, r.local_authority_id, r.number, a.provider_name, a.refusal_reason, a.refusal_note, a.late
                from brokerage_answer a join brokerage_round r on r.id = a.round_id
                where r.local_authority_id in (:councils) and a.kind = 'REFUSAL'
                order by a.submitted_at desc, a.id desc limit :count
                """).param("councils", councils(user)).param("count", count).query().listOfRows().stream()
                .map(row -> new Refusal(
                        ((java.sql.Timestamp) row.get("submitted_at")).toInstant(),
                        ((Number) row.get("referral_id")).longValue(),
                        organisations
                                .localAuthority(((Number) row.get("local_authority_id")).longValue())
                                .map(LocalAuthority::name)
                                .orElse(""),
                        ((Number) row.get("number")).intValue(),
                        (String) row.get("provider_name"),
                        RefusalReason.valueOf((String) row.get("refusal_reason")),
                        (String) row.get("refusal_note"),
                        (Boolean) row.get("late")))
                .toList();
    }

    private List<Long> councils(CurrentUser user) {
        if (!mayRead(user)) {
            throw new Refused("Only brokers, heads of service and commissioners read providers' answers");
        }
        if (user.localAuthorityId() != null) {
            return List.of(user.localAuthorityId());
        }
        if (user.consortiumId() != null) {
            List<Long> councils = organisations.localAuthoritiesOf(user.consortiumId()).stream()
                    .map(LocalAuthority::id)
                    .toList();
            if (!councils.isEmpty()) {
                return councils;
            }
        }
        return List.of(-1L);
    }
}
