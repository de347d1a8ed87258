package uk.placementbroker.placement;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
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

/** The placement's own page: the child's council and the placed provider see it; nobody else, nor the provider after the end. */
@IntegrationTest
class PlacementPageIntegrationTests {

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
    void theCouncilsStaffSeeTheChildTheHomeTheItemisedPriceTheOutcomesAndTheFirstReviewDue() {
        long referral = placed();
        WebSession broker = signedIn("broker.northbridge");

        HttpResponse<String> fromReferral = broker.get("/referrals/" + referral + "/placed");
        assertThat(fromReferral.statusCode()).isEqualTo(302);
        String path = fromReferral.headers().firstValue("Location").orElseThrow();
        assertThat(path).isEqualTo("/placements/" + placementOf(referral));
        String page = broker.get(path).body();

        assertThat(page)
                .contains(childName(referral), "Oakfield Fostering", "Starts on")
                .contains("Accommodation and care", "£900", "1:1 support", "6 hours at £20 an hour", "£120", "£1,020")
                .contains("The next review is due by", "within 20 working days")
                .contains("Your view of this placement has been recorded in the audit log");
        assertThat(broker.get("/referrals/" + referral).body()).contains("/referrals/" + referral + "/placed");
        assertThat(broker.get("/referrals/" + referral + "/choice").body()).contains(path);
    }

    @Test
    void thePlacedProviderSeesItWhileItLastsAndEveryViewIsAuditedForTheChildsCouncil() {
        long referral = placed();
        String path = "/placements/" + placementOf(referral);
        WebSession oakfield = signedIn("provider.oakfield");

        assertThat(oakfield.get("/portal/referrals/" + referral).body()).contains(path);
        HttpResponse<String> seen = oakfield.get(path);

        assertThat(seen.statusCode()).isEqualTo(200);
        assertThat(seen.body()).contains(childName(referral), "£1,020");
        assertThat(jdbc.sql("""
                        select count(*) from identity_audit_event
                        where action = 'VIEWED' and record_type = 'placement' and record_id = ? and actor_username = 'provider.oakfield'
                          and record_local_authority_id = (select id from identity_local_authority where code = '991')
                        """)
                        .param(String.valueOf(placementOf(referral)))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        jdbc.sql("update placement_placement set ended_on = current_date where referral_id = ?")
                .param(referral)
                .update();

        assertThat(oakfield.get(path).statusCode())
                .as("the provider, once it has ended")
                .isEqualTo(404);
        assertThat(oakfield.get("/portal/referrals/" + referral).body()).doesNotContain(path);
        assertThat(signedIn("broker.northbridge").get(path).body()).contains("Ended on");
    }

    @Test
    void anotherCouncilsStaffAndAnotherProviderFindNothing() {
        String path = "/placements/" + placementOf(placed());

        assertThat(signedIn("broker.eastmoor").get(path).statusCode()).isEqualTo(404);
        assertThat(signedIn("admin.eastmoor").get(path).statusCode()).isEqualTo(404);
        assertThat(signedIn("provider.harbour").get(path).statusCode()).isEqualTo(404);
        assertThat(signedIn("provider.harbour").get("/referrals/1/placed").statusCode())
                .isIn(403, 404);
        assertThat(signedIn("broker.northbridge").get("/placements/999999999").statusCode())
                .isEqualTo(404);
    }

    @Test
    void theCouncilsPlacementsAreListedForItsStaffWithTheContractAndTheNextReviewAndTheListIsAudited() {
        long referral = placed();
        WebSession officer = signedIn("iro.northbridge");

        String list = officer.get("/placements").body();

        assertThat(list).contains(childName(referral), "/placements/" + placementOf(referral), "Draft");
        assertThat(jdbc.sql("""
                        select count(*) from identity_audit_event where action = 'LISTED' and actor_username = 'iro.northbridge'
                          and detail like 'placements:%' and ? = any (listed_record_ids)
                        """)
                        .param(String.valueOf(childOf(referral)))
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(1);
        assertThat(signedIn("provider.oakfield").get("/placements").body())
                .as("the placed provider's own list")
                .contains("/placements/" + placementOf(referral));
        assertThat(signedIn("provider.harbour").get("/placements").body())
                .doesNotContain("/placements/" + placementOf(referral));
        assertThat(signedIn("commissioner.threerivers").get("/placements").statusCode())
                .isEqualTo(404);
        assertThat(signedIn("broker.eastmoor").get("/placements").body()).doesNotContain(childName(referral));
    }

    @Test
    void disputesComplaintsAndComplimentsAreRecordedAndResolvedAndTheProviderReadsAllButComplaints() {
        long id = placementOf(placed());
        String path = "/placements/" + id;
        WebSession broker = signedIn("broker.northbridge");
        broker.get(path);
        LocalDate today = LocalDate.now();

        assertThat(broker.post(path + "/matters", Map.of()).body())
                .contains("There is a problem", "Choose whether it is a dispute, a complaint or a compliment")
                .contains("Enter who raised it", "Enter what it is about", "Enter the date it was raised");
        assertThat(broker.post(
                                path + "/matters",
                                matter("DISPUTE", "The provider", "Fee for the extra contact in March", today))
                        .statusCode())
                .isEqualTo(302);
        broker.get(path);
        assertThat(broker.post(
                                path + "/matters",
                                matter("COMPLAINT", "The child", "Not allowed to see a friend", today))
                        .statusCode())
                .isEqualTo(302);

        String seenByProvider = signedIn("provider.oakfield").get(path).body();
        assertThat(seenByProvider)
                .contains("Fee for the extra contact in March")
                .doesNotContain("Not allowed to see a friend");

        long dispute = jdbc.sql("select id from placement_matter where placement_id = ? and kind = 'DISPUTE'")
                .param(id)
                .query(Long.class)
                .single();
        broker.get(path);
        assertThat(broker.post(
                                path + "/matters/" + dispute + "/resolve",
                                Map.of("resolution", "Agreed: paid at the contract rate"))
                        .statusCode())
                .isEqualTo(302);
        broker.get(path);
        assertThat(broker.post(path + "/matters/" + dispute + "/resolve", Map.of("resolution", "Again"))
                        .body())
                .contains("This has been resolved already");
        assertThat(broker.get(path).body()).contains("Agreed: paid at the contract rate");

        WebSession oakfield = signedIn("provider.oakfield");
        oakfield.get(path);
        assertThat(oakfield.post(path + "/matters", matter("COMPLIMENT", "Us", "Lovely", today))
                        .body())
                .contains("record disputes, complaints and compliments");
        WebSession eastmoor = signedIn("broker.eastmoor");
        eastmoor.get("/");
        assertThat(eastmoor.post(path + "/matters", matter("COMPLIMENT", "Us", "Lovely", today))
                        .statusCode())
                .isEqualTo(404);
    }

    private static Map<String, String> matter(String kind, String raisedBy, String about, LocalDate on) {
        return Map.of(
                "kind",
                kind,
                "raisedBy",
                raisedBy,
                "about",
                about,
                "raisedOnDay",
                String.valueOf(on.getDayOfMonth()),
                "raisedOnMonth",
                String.valueOf(on.getMonthValue()),
                "raisedOnYear",
                String.valueOf(on.getYear()));
    }

    private long placed() {
        long referral = fixtures.placedInNorthbridge();
        referralsOfThisTest.add(referral);
        return referral;
    }

    private long placementOf(long referral) {
        return jdbc.sql("select id from placement_placement where referral_id = ?")
                .param(referral)
                .query(Long.class)
                .single();
    }

    private long childOf(long referral) {
        return jdbc.sql("select child_id from referral_referral where id = ?")
                .param(referral)
                .query(Long.class)
                .single();
    }

    private String childName(long referral) {
        return jdbc.sql("""
                        select c.first_name || ' ' || c.last_name from children_child c
                        join referral_referral r on r.child_id = c.id where r.id = ?
                        """).param(referral).query(String.class).single();
    }

    private WebSession signedIn(String username) {
        WebSession session = new WebSession(port);
        session.signIn(username, DemoAccounts.PASSWORD);
        return session;
    }
}
