package uk.placementbroker.brokerage;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.placementbroker.identity.AuditAction;
import uk.placementbroker.identity.AuditLog;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.identity.Role;
import uk.placementbroker.referral.ReferralStatus;
import uk.placementbroker.referral.Referrals;
import uk.placementbroker.shared.NotFound;
import uk.placementbroker.shared.Refused;

/**
 * A broker may judge that an offer screened out is right for the child all the same (a home 22 miles
 * away when 20 was asked, say): the offer is then ranked after those that meet every criterion, with
 * the criteria it fails and the broker's reason shown to everyone who sees the choice.
 */
@Component
public class ScreeningOverrides {

    public record Override(long answerId, String overriddenBy, String reason, Instant overriddenAt) {}

    private final JdbcClient jdbc;
    private final Answers answers;
    private final Referrals referrals;
    private final AuditLog auditLog;

    ScreeningOverrides(JdbcClient jdbc, Answers answers, Referrals referrals, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.answers = answers;
        this.referrals = referrals;
        this.auditLog = auditLog;
    }

    @Transactional
    public void override(CurrentUser user, long referralId, long answerId, String reason) {
        if (!user.hasRole(Role.BROKER) || user.localAuthorityId() == null) {
            throw new Refused("Only a broker can override the screening");
        }
        if (reason == null || reason.isBlank()) {
            throw new Refused("Enter why this offer should be considered although it fails an essential criterion");
        }
        Answers.Answer answer = answers.find(user.localAuthorityId(), answerId)
                .filter(found -> found.referralId() == referralId)
                .orElseThrow(() -> new NotFound());
        if (!answer.offer() || answer.withdrawn()) {
            throw new Refused("Only an offer still standing can be considered");
        }
        referrals.lockIn(
                referralId,
                EnumSet.of(ReferralStatus.SEARCHING, ReferralStatus.CHOOSING),
                "so its offers are no longer screened");
        jdbc.sql("""
                insert into brokerage_override (answer_id, referral_id, overridden_by, reason) values (?, ?, ?, ?)
                on conflict (answer_id) do update set overridden_by = excluded.overridden_by, reason = excluded.reason, overridden_at = now()
                """)
                .params(answerId, referralId, user.username(), reason.strip())
                .update();
        referrals.recordSearchStep(
                user,
                referralId,
                "Overrode the screening of " + answer.homeName() + " (" + answer.providerName() + "): "
                        + reason.strip());
        auditLog.record(AuditAction.UPDATED, "offer", answerId, "screening overridden");
    }

    /** The overrides of one referral's offers, by offer. */
    Map<Long, Override> of(long referralId) {
        return jdbc
                .sql(
                        "select answer_id, overridden_by, reason, overridden_at from brokerage_override where referral_id = ?")
                .param(referralId)
                .query(Override.class)
                .list()
                .stream()
                .collect(Collectors.toMap(Override::answerId, Function.identity()));
    }
}
