package uk.placementbroker.placement;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.placementbroker.brokerage.Answers;
import uk.placementbroker.brokerage.Decisions;
import uk.placementbroker.brokerage.Rounds;
import uk.placementbroker.market.MarketRecords;
import uk.placementbroker.referral.Referrals;
import uk.placementbroker.support.DemoAccounts;
import uk.placementbroker.support.IntegrationTest;
import uk.placementbroker.support.PlacementFixtures;
import uk.placementbroker.support.TestMailServer;
import uk.placementbroker.support.WebSession;

/**
 * The end of a placement: it ends the child's 903 episode with the reason, frees the place, ends the provider's
 * access and tells the provider; it is recorded once, by the council's own staff.
 */
@IntegrationTest
class EndingIntegrationTests {

    @RegisterExtension
    static final GreenMailExtension smtp = TestMailServer.perTest();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Referrals referrals;

    @Autowired
    Rounds rounds;

    @Autowired
    Answers answers;

    @Autowired
    Decisions decisions;

    @Autowired
    MarketRecords market;

    private final List<Long> referralsOfThisTest = new ArrayList<>();
    private PlacementFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new PlacementFixtures(jdbc, referrals, rounds, answers, decisions, market);
    }

    @AfterEach
    void quiet() {
        fixtures.quietMailsOf(referralsOfThisTest);
        jdbc.sql(
                        "update notification_outbox set status = 'FAILED' where status = 'QUEUED' and message_id like 'placement-ended-%'")
                .update();
    }

    @Test
    void anUnplannedEndingClosesTheEpisodeWithTheReasonAndTheProviderLosesTheChildsDetails() {
        long id = startedTenDaysAgo();
        String placement = "/placements/" + id;
        WebSession provider = signedIn("provider.oakfield");
        assertThat(provider.get(placement).statusCode()).isEqualTo(200);
        assertThat(provider.get("/placements").body()).contains("href=\"" + placement + "\"");
        assertThat(jdbc.sql("""
                        select count(*) from identity_audit_event where action = 'LISTED' and actor_username = 'provider.oakfield'
                        and record_local_authority_id = (select local_authority_id from placement_placement where id = ?)
                        """).param(id).query(Long.class).single())
                .as("the provider's list is in the child's council's audit log")
                .isPositive();

        WebSession broker = signedIn("broker.northbridge");
        assertThat(broker.get(placement).body())
                .contains("Record the end of the placement", "The placement has not ended");
        LocalDate end = LocalDate.now().minusDays(1);
        assertThat(broker.post(placement + "/ending", ending(end, "no", "CREQB", "ANOTHER_PLACEMENT"))
                        .statusCode())
                .isEqualTo(302);

        assertThat(broker.get(placement).body())
                .contains("Ended on", "Unplanned", "Carer asked because of the", "(CREQB)")
                .contains("To another placement: the child stays looked after", "Foster carers gave notice")
                .doesNotContain("Record the end of the placement");
        List<Map<String, Object>> episodes = episodesOfChildOf(id);
        Map<String, Object> ended = episodes.get(episodes.size() - 2);
        assertThat(ended.get("end_date").toString()).isEqualTo(end.toString());
        assertThat(ended.get("reason_episode_ceased")).isEqualTo("X1");
        assertThat(ended.get("reason_place_change")).isEqualTo("CREQB");
        Map<String, Object> next = episodes.get(episodes.size() - 1);
        assertThat(next.get("start_date").toString())
                .as("the next episode starts the same day")
                .isEqualTo(end.toString());
        assertThat(next.get("reason_for_new_episode")).isEqualTo("P");
        assertThat(next.get("placement_type")).isEqualTo("Z1");
        assertThat(next.get("end_date")).isNull();
        assertThat(jdbc.sql("select ended_on from placement_placement where id = ?")
                        .param(id)
                        .query(LocalDate.class)
                        .single())
                .as("the place is free")
                .isEqualTo(end);

        provider.get("/");
        assertThat(provider.get(placement).statusCode()).isEqualTo(404);
        assertThat(provider.get("/placements").body()).doesNotContain("href=\"" + placement + "\"");
        assertThat(provider.get(placement + "/contract/1").statusCode()).isEqualTo(404);
        assertThat(provider.get(placement + "/contract/1/download").statusCode())
                .isEqualTo(404);
        provider.get("/");
        assertThat(provider.post(placement + "/contract/1/accept", Map.of("acceptedAs", "A Manager"))
                        .statusCode())
                .isEqualTo(404);

        Map<String, Object> mail = jdbc.sql(
                        "select recipient, subject, body from notification_outbox where message_id = ?")
                .param("placement-ended-" + id + "@placement-broker")
                .query()
                .singleRow();
        assertThat(mail.get("subject").toString()).startsWith("Placement ended: ");
        assertThat(mail.get("body").toString())
                .contains("ended on", "Carer asked because of the child")
                .as("the council's note and where the child went stay with the council")
                .doesNotContain("Foster carers gave notice", "another placement");
        assertThat(jdbc.sql("""
                        select count(*) from identity_audit_event where action = 'UPDATED' and record_type = 'placement'
                        and record_id = ? and detail like 'ended on %' and actor_username = 'broker.northbridge'
                        """).param(String.valueOf(id)).query(Long.class).single())
                .isEqualTo(1);

        broker.get(placement);
        assertThat(broker.post(placement + "/ending", ending(end, "yes", "CARPL", "HOME"))
                        .body())
                .contains("This placement has ended already");
        assertThat(jdbc.sql("select reason from placement_ending where placement_id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("CREQB");
    }

    @Test
    void aPlannedReturnHomeEndsCareWithNoPlacementChange() {
        long id = startedTenDaysAgo();
        WebSession socialWorker = signedIn("sw.northbridge");
        socialWorker.get("/placements/" + id);
        LocalDate end = LocalDate.now();
        assertThat(socialWorker
                        .post("/placements/" + id + "/ending", ending(end, "yes", "CARPL", "HOME"))
                        .statusCode())
                .isEqualTo(302);

        long child = jdbc.sql("select child_id from placement_placement where id = ?")
                .param(id)
                .query(Long.class)
                .single();
        assertThat(socialWorker.get("/children/" + child).body())
                .as("the child's record links to the placement")
                .contains("Placements made in Placement Broker", "href=\"/placements/" + id + "\"");
        assertThat(signedIn("provider.oakfield").get("/placements/" + id).statusCode())
                .isEqualTo(404);
        List<Map<String, Object>> episodes = episodesOfChildOf(id);
        Map<String, Object> last = episodes.get(episodes.size() - 1);
        assertThat(last.get("end_date").toString()).isEqualTo(end.toString());
        assertThat(last.get("reason_episode_ceased")).isEqualTo("E4A");
        assertThat(last.get("reason_place_change"))
                .as("not a change of placement")
                .isNull();
    }

    @Test
    void aMistakeIsNamedAndNothingEndsAndOnlyTheChildsCouncilsStaffMayEndIt() {
        long id = startedTenDaysAgo();
        String placement = "/placements/" + id;
        WebSession broker = signedIn("broker.northbridge");
        broker.get(placement);

        HttpResponse<String> empty = broker.post(placement + "/ending", Map.of());
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body())
                .contains(
                        "There is a problem", "Say whether the ending was planned", "Enter the day the placement ended")
                .contains("Choose the reason for the change", "Choose where the child went");
        assertThat(broker.post(placement + "/ending", ending(LocalDate.now().plusDays(1), "no", "CHILD", "HOME"))
                        .body())
                .contains("no later than today");
        assertThat(broker.post(placement + "/ending", ending(LocalDate.now().minusDays(11), "no", "CHILD", "HOME"))
                        .body())
                .contains("after it started");
        Map<String, String> noticeAfter = ending(LocalDate.now().minusDays(2), "yes", "CHILD", "HOME");
        LocalDate late = LocalDate.now().minusDays(1);
        noticeAfter.put("noticeDay", String.valueOf(late.getDayOfMonth()));
        noticeAfter.put("noticeMonth", String.valueOf(late.getMonthValue()));
        noticeAfter.put("noticeYear", String.valueOf(late.getYear()));
        assertThat(broker.post(placement + "/ending", noticeAfter).body()).contains("on or before the end");

        WebSession otherCouncil = signedIn("broker.eastmoor");
        otherCouncil.get("/");
        assertThat(otherCouncil
                        .post(placement + "/ending", ending(LocalDate.now(), "no", "CHILD", "HOME"))
                        .statusCode())
                .isEqualTo(404);
        WebSession provider = signedIn("provider.oakfield");
        provider.get(placement);
        assertThat(provider.post(placement + "/ending", ending(LocalDate.now(), "no", "CHILD", "HOME"))
                        .body())
                .contains("record the end of a placement");
        WebSession officer = signedIn("iro.northbridge");
        assertThat(officer.get(placement).body()).doesNotContain("Record the end of the placement");
        assertThat(officer.post(placement + "/ending", ending(LocalDate.now(), "no", "CHILD", "HOME"))
                        .body())
                .contains("record the end of a placement");

        assertThat(jdbc.sql("select ended_on is null from placement_placement where id = ?")
                        .param(id)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(jdbc.sql("select count(*) from placement_ending where placement_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private static Map<String, String> ending(LocalDate end, String planned, String reason, String destination) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("planned", planned);
        form.put("endDay", String.valueOf(end.getDayOfMonth()));
        form.put("endMonth", String.valueOf(end.getMonthValue()));
        form.put("endYear", String.valueOf(end.getYear()));
        form.put("reason", reason);
        form.put("destination", destination);
        form.put("note", "Foster carers gave notice after two missing episodes");
        return form;
    }

    /** A placement that started ten days ago, with the child's episode of care moved back with it. */
    private long startedTenDaysAgo() {
        long referral = fixtures.placedInNorthbridge();
        referralsOfThisTest.add(referral);
        long id = jdbc.sql("select id from placement_placement where referral_id = ?")
                .param(referral)
                .query(Long.class)
                .single();
        fixtures.startedDaysAgo(id, 10);
        return id;
    }

    private List<Map<String, Object>> episodesOfChildOf(long placement) {
        return jdbc.sql("""
                select e.* from children_episode e join placement_placement p on p.child_id = e.child_id
                where p.id = ? order by e.episode_index
                """).param(placement).query().listOfRows();
    }

    private WebSession signedIn(String username) {
        WebSession session = new WebSession(port);
        session.signIn(username, DemoAccounts.PASSWORD);
        return session;
    }
}
