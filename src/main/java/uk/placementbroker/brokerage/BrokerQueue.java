package uk.placementbroker.brokerage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.placementbroker.identity.AuditLog;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.referral.ReferralDetails;
import uk.placementbroker.referral.ReferralStatus;
import uk.placementbroker.referral.Referrals;

/**
 * The broker's work: every referral waiting for a check, a search or a choice, the most urgent first
 * and, within an urgency, the nearest deadline first (the latest round's while searching, or else the
 * day the home is needed by), so that the referral about to drift is at the top.
 */
@Component
public class BrokerQueue {

    static final Set<ReferralStatus> BROKERS_WORK = EnumSet.of(
            ReferralStatus.AWAITING_QUALITY_CHECK,
            ReferralStatus.READY_TO_SEARCH,
            ReferralStatus.SEARCHING,
            ReferralStatus.CHOOSING);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** The referral's latest round, if any. */
    public record LatestRound(long referralId, int number, Instant respondBy, boolean escalated, int offers) {}

    /**
     * One line of the queue.
     *
     * @param roundDeadline whether the deadline is the round's (a moment) rather than the day the home is needed by
     */
    public record Item(Referrals.Referral referral, LatestRound round, Instant deadline, boolean roundDeadline) {

        /** A round past its deadline, or a home needed by a day already gone. */
        public boolean overdue(Instant now) {
            return deadline != null
                    && (roundDeadline
                            ? deadline.isBefore(now)
                            : deadline.plus(java.time.Duration.ofDays(1)).isBefore(now));
        }
    }

    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final Referrals referrals;

    BrokerQueue(JdbcClient jdbc, Referrals referrals, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.referrals = referrals;
        this.auditLog = auditLog;
    }

    public List<Item> of(CurrentUser user) {
        List<Referrals.Referral> waiting = referrals.inStatus(user, BROKERS_WORK);
        Map<Long, LatestRound> rounds =
                jdbc.sql("""
                select distinct on (r.referral_id) r.referral_id, r.number, r.respond_by, r.escalated,
                       (select count(*) from brokerage_answer a where a.round_id = r.id and a.kind = 'OFFER') as offers
                from brokerage_round r where r.local_authority_id = ? order by r.referral_id, r.number desc
                """).param(user.localAuthorityId()).query(LatestRound.class).list().stream()
                        .collect(Collectors.toMap(LatestRound::referralId, Function.identity()));
        auditLog.listed(
                "Brokerage queue",
                waiting.stream().map(Referrals.Referral::childId).toList());
        return ordered(waiting, rounds);
    }

    static List<Item> ordered(List<Referrals.Referral> waiting, Map<Long, LatestRound> rounds) {
        return waiting.stream()
                .map(referral -> {
                    LatestRound round = rounds.get(referral.id());
                    // A closed round keeps its deadline, now past, so that a referral it left without a home rises to
                    // the top.
                    boolean searching = referral.status() == ReferralStatus.SEARCHING && round != null;
                    return new Item(referral, round, searching ? round.respondBy() : neededBy(referral), searching);
                })
                .sorted(Comparator.comparing((Item item) -> urgency(item.referral()))
                        .thenComparing(Item::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(item -> item.referral().id()))
                .toList();
    }

    private static Instant neededBy(Referrals.Referral referral) {
        LocalDate neededBy = referral.details().neededBy();
        return neededBy == null ? null : neededBy.atStartOfDay(LONDON).toInstant();
    }

    private static ReferralDetails.Urgency urgency(Referrals.Referral referral) {
        ReferralDetails.Urgency urgency = referral.details().urgency();
        return urgency == null ? ReferralDetails.Urgency.PLANNED : urgency;
    }
}
