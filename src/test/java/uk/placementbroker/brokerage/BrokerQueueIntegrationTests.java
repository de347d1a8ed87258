package uk.placementbroker.brokerage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import uk.placementbroker.brokerage.internal.Escalations;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.identity.Role;
import uk.placementbroker.shared.Refused;
import uk.placementbroker.support.IntegrationTest;
import uk.placementbroker.support.ReferralFixtures;

/** The broker's queue: most urgent first, then the nearest deadline; only the council's own, only the broker's work. */
@IntegrationTest
class BrokerQueueIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BrokerQueue queue;

    @Autowired
    Rounds rounds;

    @Autowired
    Escalations escalations;

    @Test
    void theMostUrgentComeFirstAndWithinAnUrgencyTheNearestDeadline() {
        long plannedSoon = referral("PLANNED", 10, "READY_TO_SEARCH");
        long weekLater = referral("WITHIN_7_DAYS", 6, "AWAITING_QUALITY_CHECK");
        long weekSooner = referral("WITHIN_7_DAYS", 2, "READY_TO_SEARCH");
        long today = referral("SAME_DAY", 0, "READY_TO_SEARCH");
        long placed = referral("SAME_DAY", 0, "PLACED");

        List<Long> order = queue.of(staff("broker.northbridge", Role.BROKER)).stream()
                .map(item -> item.referral().id())
                .filter(id -> List.of(plannedSoon, weekLater, weekSooner, today, placed)
                        .contains(id))
                .toList();

        assertThat(order).containsExactly(today, weekSooner, weekLater, plannedSoon);
    }

    @Test
    void aSearchWhoseRoundClosedWithoutAHomeRisesAboveOthersOfItsUrgency() {
        long waiting = referral("WITHIN_7_DAYS", 1, "READY_TO_SEARCH");
        long escalated = referral("WITHIN_7_DAYS", 6, "READY_TO_SEARCH");
        rounds.open(staff("broker.northbridge", Role.BROKER), escalated, RoundKind.FRAMEWORK);
        jdbc.sql("update brokerage_round set respond_by = now() - interval '1 minute' where referral_id = ?")
                .param(escalated)
                .update();
        escalations.closeRoundsDueBy(java.time.Instant.now());

        List<BrokerQueue.Item> items = queue.of(staff("broker.northbridge", Role.BROKER)).stream()
                .filter(item ->
                        item.referral().id() == waiting || item.referral().id() == escalated)
                .toList();

        assertThat(items).extracting(item -> item.referral().id()).containsExactly(escalated, waiting);
        assertThat(items.get(0).round().escalated()).isTrue();
        assertThat(items.get(0).overdue(java.time.Instant.now())).isTrue();
        assertThat(items.get(1).overdue(java.time.Instant.now()))
                .as("needed tomorrow")
                .isFalse();
    }

    @Test
    void anotherCouncilsBrokerSeesNoneOfThem() {
        long mine = referral("SAME_DAY", 0, "READY_TO_SEARCH");
        Map<String, Object> other = jdbc.sql(
                        "select id, consortium_id from identity_local_authority where code <> '991' order by code limit 1")
                .query()
                .singleRow();
        CurrentUser elsewhere = new CurrentUser(
                0,
                "broker.elsewhere",
                "Broker",
                Set.of(Role.BROKER),
                ((Number) other.get("id")).longValue(),
                null,
                ((Number) other.get("consortium_id")).longValue(),
                "Another council");

        assertThat(queue.of(elsewhere)).noneMatch(item -> item.referral().id() == mine);
        assertThatThrownBy(() -> queue.of(new CurrentUser(
                        0, "provider", "Provider", Set.of(Role.PROVIDER_USER), null, 1L, null, "Provider")))
                .isInstanceOf(Refused.class);
    }

    private long referral(String urgency, int neededInDays, String status) {
        long child = jdbc.sql("""
                select c.id from children_child c join identity_local_authority la on la.id = c.local_authority_id
                where la.code = '991' and not exists (select 1 from referral_referral r where r.child_id = c.id) order by c.id limit 1
                """).query(Long.class).single();
        long council = jdbc.sql("select local_authority_id from children_child where id = ?")
                .param(child)
                .query(Long.class)
                .single();
        String details =
                JsonMapper.builder().build().writeValueAsString(ReferralFixtures.aCompleteReferral(LocalDate.now()));
        return jdbc.sql("""
                insert into referral_referral (local_authority_id, child_id, status, details, created_by, submitted_on)
                values (?, ?, ?, jsonb_set(jsonb_set(?::jsonb, '{urgency}', to_jsonb(?::text)), '{neededBy}', to_jsonb(?::text)), 'sw.northbridge', ?)
                returning id
                """)
                .params(
                        council,
                        child,
                        status,
                        details,
                        urgency,
                        LocalDate.now().plusDays(neededInDays).toString(),
                        LocalDate.now())
                .query(Long.class)
                .single();
    }

    private CurrentUser staff(String username, Role... roles) {
        return ReferralFixtures.northbridgeStaff(jdbc, username, roles);
    }
}
