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

/** The reviewing officer records each review with progress on every outcome; the social worker adds feedback. */
@IntegrationTest
class ReviewsIntegrationTests {

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
    }

    @Test
    void theReviewingOfficerRecordsAReviewWithProgressOnEachOutcomeAndTheNextFallsDueThreeMonthsOn() {
        long id = placedAWeekAgo();
        String placement = "/placements/" + id;
        WebSession officer = signedIn("iro.northbridge");
        assertThat(officer.get(placement).body()).contains("Record a review", "No review has been recorded yet");

        HttpResponse<String> empty = officer.post(placement + "/reviews", Map.of());
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body())
                .contains("There is a problem", "Enter the date the review was held", "Enter who took part")
                .contains(
                        "Say whether the placement is stable",
                        "Choose the progress on outcome 1: Attends school every day");
        assertThat(reviewsOf(id)).isZero();

        LocalDate held = LocalDate.now().minusDays(1);
        assertThat(officer.post(placement + "/reviews", review(held)).statusCode())
                .isEqualTo(302);

        String page = officer.get(placement).body();
        assertThat(page)
                .contains("Review held on", "On track", "Not on track", "Missed two days in the first week")
                .contains("The next review is due by")
                .contains(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy")
                        .format(held.plusMonths(3)));
        assertThat(jdbc.sql(
                                "select count(*) from identity_audit_event where action = 'CREATED' and record_type = 'placement review'"
                                        + " and actor_username = 'iro.northbridge'")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(1);

        WebSession socialWorker = signedIn("sw.northbridge");
        socialWorker.get(placement);
        long review = jdbc.sql("select id from placement_review where placement_id = ?")
                .param(id)
                .query(Long.class)
                .single();
        assertThat(socialWorker
                        .post(
                                placement + "/reviews/" + review + "/feedback",
                                Map.of("feedback", "Agreed: school transport to be sorted"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(signedIn("broker.northbridge").get(placement).body())
                .contains("Agreed: school transport to be sorted (sw.northbridge)");
        socialWorker.get(placement);
        assertThat(socialWorker
                        .post(placement + "/reviews/" + review + "/feedback", Map.of("feedback", "Again"))
                        .body())
                .contains("Feedback on this review has been given already");
    }

    @Test
    void onlyTheChildsCouncilsReviewingOfficerRecordsAndNotBeforeTheStart() {
        long id = placedAWeekAgo();
        String placement = "/placements/" + id;

        WebSession broker = signedIn("broker.northbridge");
        assertThat(broker.get(placement).body()).doesNotContain("Record a review");
        assertThat(broker.post(placement + "/reviews", review(LocalDate.now())).body())
                .contains("independent reviewing officer records the placement");
        WebSession otherOfficer = signedIn("iro.eastmoor");
        otherOfficer.get("/");
        assertThat(otherOfficer
                        .post(placement + "/reviews", review(LocalDate.now()))
                        .statusCode())
                .isEqualTo(404);

        WebSession officer = signedIn("iro.northbridge");
        officer.get(placement);
        assertThat(officer.post(placement + "/reviews", review(LocalDate.now().minusDays(30)))
                        .body())
                .contains("Enter the date the review was held, from the placement", "start to today");
        assertThat(reviewsOf(id)).isZero();
    }

    @Test
    void aPlacementWhoseFirstReviewIsOverdueIsOnTheDriftListsUntilTheReviewIsRecorded() {
        long id = placedAWeekAgo();
        jdbc.sql("update placement_placement set start_date = current_date - 60 where id = ?")
                .param(id)
                .update();
        // The child's record link, not the name: placement tests' children are copies of one demo child, names and all.
        String child = "href=\"/children/"
                + jdbc.sql("select child_id from placement_placement where id = ?")
                        .param(id)
                        .query(Long.class)
                        .single()
                + "\"";
        WebSession manager = signedIn("tm.northbridge");

        String drift = manager.get("/insight/drift").body();
        String overdue =
                drift.substring(drift.indexOf("Placement reviews overdue"), drift.indexOf("id=\"reviews-overdue\""));
        assertThat(overdue).contains(child);
        assertThat(signedIn("broker.northbridge").get("/placements/" + id).body())
                .contains("it is overdue");

        WebSession officer = signedIn("iro.northbridge");
        officer.get("/placements/" + id);
        assertThat(officer.post("/placements/" + id + "/reviews", review(LocalDate.now()))
                        .statusCode())
                .isEqualTo(302);

        String after = manager.get("/insight/drift").body();
        assertThat(after.substring(after.indexOf("Placement reviews overdue"), after.indexOf("id=\"reviews-overdue\"")))
                .doesNotContain(child);
    }

    private Map<String, String> review(LocalDate held) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("heldDay", String.valueOf(held.getDayOfMonth()));
        form.put("heldMonth", String.valueOf(held.getMonthValue()));
        form.put("heldYear", String.valueOf(held.getYear()));
        form.put("participants", "Harry, his carers, his social worker, the IRO");
        form.put("childsView", "Harry likes his room and wants to stay");
        form.put("rating0", "NOT_ON_TRACK");
        form.put("note0", "Missed two days in the first week");
        form.put("rating1", "ON_TRACK");
        form.put("stable", "yes");
        form.put("concerns", "");
        form.put("actions", "Social worker to arrange school transport");
        return form;
    }

    /** A placement that started a week ago, so that a review can have been held. */
    private long placedAWeekAgo() {
        long referral = fixtures.placedInNorthbridge();
        referralsOfThisTest.add(referral);
        jdbc.sql("update placement_placement set start_date = current_date - 7 where referral_id = ?")
                .param(referral)
                .update();
        return jdbc.sql("select id from placement_placement where referral_id = ?")
                .param(referral)
                .query(Long.class)
                .single();
    }

    private long reviewsOf(long placement) {
        return jdbc.sql("select count(*) from placement_review where placement_id = ?")
                .param(placement)
                .query(Long.class)
                .single();
    }

    private WebSession signedIn(String username) {
        WebSession session = new WebSession(port);
        session.signIn(username, DemoAccounts.PASSWORD);
        return session;
    }
}
