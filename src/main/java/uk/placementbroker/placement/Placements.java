package uk.placementbroker.placement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import uk.placementbroker.identity.AuditAction;
import uk.placementbroker.identity.AuditLog;

/** Agreed placements, and the booking of a home that keeps two decisions from filling the same place. */
@Component
public class Placements {

    /** What was agreed. */
    public record Agreement(long localAuthorityId, long referralId, long childId, String providerName, String homeKey, String homeName,
            int homePlaces, LocalDate startDate, BigDecimal weeklyFee, BigDecimal weeklyExtras, BigDecimal oneOffCosts, List<String> outcomes) {}

    public record Placement(long id, long referralId, String providerName, String homeKey, String homeName, LocalDate startDate,
            BigDecimal weeklyFee, BigDecimal weeklyExtras, java.time.Instant agreedAt) {

        public BigDecimal weeklyCost() {
            return weeklyFee.add(weeklyExtras);
        }
    }

    /** The home has no place left: another decision filled it first. */
    public static final class HomeFull extends RuntimeException {
        public HomeFull(String message) {
            super(message, null, false, false);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final AuditLog auditLog;

    Placements(JdbcClient jdbc, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
    }

    /**
     * Books the home and records the placement, in the caller's transaction. The home's row is locked
     * first, so decisions for the same home take turns; the one that finds its places taken is refused.
     */
    @Transactional
    public long agree(Agreement agreement) {
        jdbc.sql("insert into placement_home_lock (home_key) values (?) on conflict do nothing").param(agreement.homeKey()).update();
        jdbc.sql("select home_key from placement_home_lock where home_key = ? for update").param(agreement.homeKey()).query(String.class).single();
        int taken = jdbc.sql("select count(*) from placement_placement where home_key = ? and ended_on is null")
                .param(agreement.homeKey()).query(Integer.class).single();
        if (taken >= Math.max(1, agreement.homePlaces())) {
            throw new HomeFull(agreement.homeName() + " has no place left: another decision has just filled it");
        }
        long id = jdbc.sql("""
                insert into placement_placement (local_authority_id, referral_id, child_id, provider_name, home_key, home_name, home_places, start_date,
                    weekly_fee, weekly_extras, one_off_costs, outcomes)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb) returning id
                """)
                .params(agreement.localAuthorityId(), agreement.referralId(), agreement.childId(), agreement.providerName(), agreement.homeKey(),
                        agreement.homeName(), agreement.homePlaces(), agreement.startDate(), agreement.weeklyFee(), agreement.weeklyExtras(),
                        agreement.oneOffCosts(), JSON.writeValueAsString(agreement.outcomes()))
                .query(Long.class).single();
        auditLog.record(AuditAction.CREATED, "placement", id, "referral " + agreement.referralId() + ", " + agreement.homeName());
        return id;
    }

    /** A placement agreed, for the councils' figures: where and when, nothing about the child. */
    public record Agreed(long localAuthorityId, long referralId, String homeKey, java.time.Instant agreedAt) {}

    public List<Agreed> agreedFor(List<Long> localAuthorityIds) {
        if (localAuthorityIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select local_authority_id, referral_id, home_key, agreed_at from placement_placement where local_authority_id in (:councils)")
                .param("councils", localAuthorityIds).query(Agreed.class).list();
    }

    public Optional<Placement> ofReferral(long localAuthorityId, long referralId) {
        return jdbc.sql("""
                select id, referral_id, provider_name, home_key, home_name, start_date, weekly_fee, weekly_extras, agreed_at from placement_placement
                where referral_id = ? and local_authority_id = ?
                """).params(referralId, localAuthorityId).query(Placement.class).optional();
    }
}
