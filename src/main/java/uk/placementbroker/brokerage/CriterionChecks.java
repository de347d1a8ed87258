package uk.placementbroker.brokerage;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * The referral's essential criteria written in words ("within 20 miles of her school in Northampton") are not
 * something the matching engine can screen: the broker checks each offer against each by hand and ticks those it
 * meets. The ticks are shown against every offer until all are checked.
 */
@Component
public class CriterionChecks {

    private final JdbcClient jdbc;
    private final Answers answers;
    private final Referrals referrals;
    private final AuditLog auditLog;

    CriterionChecks(JdbcClient jdbc, Answers answers, Referrals referrals, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.answers = answers;
        this.referrals = referrals;
        this.auditLog = auditLog;
    }

    /** The criteria ticked for each offer of the referral, by offer. */
    public Map<Long, Set<String>> of(long referralId) {
        Map<Long, Set<String>> checked = new HashMap<>();
        jdbc.sql("select answer_id, criterion from brokerage_criterion_check where referral_id = ?")
                .param(referralId)
                .query((row, number) -> checked.computeIfAbsent(row.getLong(1), answer -> new HashSet<>())
                        .add(row.getString(2)))
                .list();
        return checked;
    }

    /** The broker's ticks for one offer, replacing those recorded before; only the referral's own criteria count. */
    @Transactional
    public void record(CurrentUser user, long referralId, long answerId, Set<String> met) {
        if (!user.hasRole(Role.BROKER) || user.localAuthorityId() == null) {
            throw new Refused("Only a broker checks offers against the essential criteria");
        }
        Answers.Answer answer = answers.find(user.localAuthorityId(), answerId)
                .filter(found -> found.referralId() == referralId)
                .orElseThrow(() -> new NotFound());
        if (!answer.offer() || answer.withdrawn()) {
            throw new Refused("Only an offer still standing can be checked");
        }
        referrals.lockIn(
                referralId,
                EnumSet.of(ReferralStatus.SEARCHING, ReferralStatus.CHOOSING),
                "so its offers are no longer checked");
        List<String> criteria = referrals
                .open(user, referralId)
                .orElseThrow(() -> new NotFound())
                .details()
                .essentialCriteria();
        if (!criteria.containsAll(met)) {
            throw new Refused("Tick only the referral's own essential criteria");
        }
        jdbc.sql("delete from brokerage_criterion_check where answer_id = ?")
                .param(answerId)
                .update();
        for (String criterion : criteria) {
            if (met.contains(criterion)) {
                jdbc.sql(
                                "insert into brokerage_criterion_check (answer_id, referral_id, criterion, checked_by) values (?, ?, ?, ?)")
                        .params(answerId, referralId, criterion, user.username())
                        .update();
            }
        }
        referrals.recordSearchStep(
                user,
                referralId,
                "Checked " + answer.homeName() + " (" + answer.providerName() + ") by hand: meets " + met.size()
                        + " of " + criteria.size() + " essential criteria written in words");
        auditLog.record(AuditAction.UPDATED, "offer", answerId, "essential criteria checked by hand");
    }
}
