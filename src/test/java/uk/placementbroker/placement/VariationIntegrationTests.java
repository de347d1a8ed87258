package uk.placementbroker.placement;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
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
 * A change to the price: asked by the provider, agreed by the broker, approved by the head of service above the
 * threshold, and made into the contract's next version with every earlier rate kept.
 */
@IntegrationTest
class VariationIntegrationTests {

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
                        "update notification_outbox set status = 'FAILED' where status = 'QUEUED' and message_id like 'contract-issued-%'")
                .update();
    }

    @Test
    void theProvidersRequestAboveTheThresholdIsAgreedByTheBrokerApprovedByTheHeadOfServiceAndMakesVersionTwo() {
        long id = issuedPlacement();
        String placement = "/placements/" + id;
        LocalDate effective = LocalDate.now().plusDays(10);

        WebSession provider = signedIn("provider.oakfield");
        assertThat(provider.get(placement).body())
                .contains("Ask for a change to the price", "Child’s social worker", "read the referral")
                .contains("Northbridge brokerage team, 01234 567890");
        Map<String, String> more = variation(effective, "NEEDS_CHANGED");
        more.put("newONE_TO_ONEHours", "40");
        more.put("newONE_TO_ONE", "110");
        assertThat(provider.post(placement + "/variations", more).statusCode()).isEqualTo(302);
        assertThat(provider.get(placement).body())
                .contains("Asked by the provider: waiting for the broker", "£1,020 to £5,300 a week")
                .contains("1:1 support: 40 hours at £110 an hour, £4,400 a week")
                .doesNotContain("Ask for a change to the price");
        assertThat(provider.post(placement + "/variations", more).body())
                .as("one open at a time")
                .contains("already waiting for a decision");
        long variation = jdbc.sql("select id from placement_variation where placement_id = ?")
                .param(id)
                .query(Long.class)
                .single();

        WebSession headOfService = signedIn("hos.northbridge");
        headOfService.get(placement);
        assertThat(headOfService
                        .post(placement + "/variations/" + variation + "/approve", Map.of())
                        .body())
                .as("not before the broker agrees")
                .contains("no longer waiting for that");

        WebSession broker = signedIn("broker.northbridge");
        assertThat(broker.get(placement).body()).contains("so once you agree it, it waits for a head of service");
        assertThat(broker.post(placement + "/variations/" + variation + "/agree", Map.of())
                        .statusCode())
                .isEqualTo(302);
        assertThat(versionsOf(id)).as("not yet: above the threshold").isEqualTo(1);

        WebSession otherCouncil = signedIn("hos.eastmoor");
        otherCouncil.get("/");
        assertThat(otherCouncil
                        .post(placement + "/variations/" + variation + "/approve", Map.of())
                        .statusCode())
                .isEqualTo(404);
        String list = headOfService.get("/placements").body();
        assertThat(list.substring(list.indexOf("id=\"waiting-variations\"")))
                .contains("#variation-" + variation, "£1,020 to £5,300", "A head of service");
        assertThat(headOfService.get(placement).body()).contains("Approve the new price");
        assertThat(headOfService
                        .post(placement + "/variations/" + variation + "/approve", Map.of())
                        .statusCode())
                .isEqualTo(302);
        assertThat(versionsOf(id)).isEqualTo(2);
        headOfService.get(placement);
        assertThat(headOfService
                        .post(placement + "/variations/" + variation + "/approve", Map.of())
                        .body())
                .as("approved twice")
                .contains("no longer waiting for that");

        Map<String, Object> two = jdbc.sql("""
                        select effective_from, made_by, reason, issued_at is not null as issued, council_signed_at is null as unsigned
                        from placement_contract_version where placement_id = ? and version = 2
                        """).param(id).query().singleRow();
        assertThat(two.get("effective_from").toString()).isEqualTo(effective.toString());
        assertThat(two.get("made_by")).isEqualTo("hos.northbridge");
        assertThat(two.get("reason").toString()).contains("Price changed", "needs changed");
        assertThat(two.get("issued")).isEqualTo(true);
        assertThat(two.get("unsigned")).isEqualTo(true);
        assertThat(jdbc.sql("select count(*) from notification_outbox where message_id = ?")
                        .param("contract-issued-" + id + "-2@placement-broker")
                        .query(Long.class)
                        .single())
                .as("the provider is asked to accept version 2")
                .isEqualTo(1);

        String page = broker.get(placement).body();
        assertThat(page)
                .contains(
                        "Version 2: Issued: waiting for both signatures",
                        "Every rate the placement has had, with its dates")
                .contains("6 hours at £20)", "40 hours at £110)", "Version 2</dd>");
        assertThat(broker.get(placement + "/contract/1").body()).contains("£1,020");
        assertThat(broker.get(placement + "/contract/2").body()).contains("£5,300");
    }

    @Test
    void theBrokersUpliftWithinTheThresholdTakesEffectAtOnceAndAnUpliftAboveTheFrameworksCapIsRefused() {
        long id = issuedPlacement();
        String placement = "/placements/" + id;
        WebSession broker = signedIn("broker.northbridge");
        broker.get(placement);
        Map<String, String> tooMuch = variation(LocalDate.now().plusDays(5), "ANNUAL_UPLIFT");
        tooMuch.put("upliftPercent", "2.5");
        assertThat(broker.post(placement + "/variations", tooMuch).body()).contains("at most 1.5%");
        assertThat(jdbc.sql("select count(*) from placement_variation where placement_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();

        Map<String, String> uplift = variation(LocalDate.now().plusDays(5), "ANNUAL_UPLIFT");
        uplift.put("upliftPercent", "1.5");
        assertThat(broker.post(placement + "/variations", uplift).statusCode()).isEqualTo(302);
        assertThat(versionsOf(id)).isEqualTo(2);
        assertThat(broker.get(placement).body())
                .contains("Approved", "£1,020 to £1,035.30 a week", "Accommodation and care: £913.50 a week");
    }

    @Test
    void onlyThePlacedProviderAndTheCouncilsBrokerAskAndABlankFormIsNamed() {
        long id = issuedPlacement();
        String placement = "/placements/" + id;
        WebSession broker = signedIn("broker.northbridge");
        broker.get(placement);
        assertThat(broker.post(placement + "/variations", Map.of()).body())
                .contains(
                        "There is a problem",
                        "Enter the day the new price takes effect",
                        "Choose why the price changes")
                .contains("Say what has changed");
        Map<String, String> nothing = variation(LocalDate.now().plusDays(5), "OTHER");
        assertThat(broker.post(placement + "/variations", nothing).body())
                .contains("Enter the new weekly amount of at least one item");
        nothing.put("newACCOMMODATION_AND_CARE", "900");
        assertThat(broker.post(placement + "/variations", nothing).body()).contains("Nothing changes");

        WebSession socialWorker = signedIn("sw.northbridge");
        assertThat(socialWorker.get(placement).body()).doesNotContain("Ask for a change to the price");
        Map<String, String> asked = variation(LocalDate.now().plusDays(5), "OTHER");
        asked.put("newTRANSPORT", "40");
        assertThat(socialWorker.post(placement + "/variations", asked).body())
                .contains("The placed provider or the council");
        WebSession otherProvider = signedIn("provider.harbour");
        otherProvider.get("/");
        assertThat(otherProvider.post(placement + "/variations", asked).statusCode())
                .isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from placement_variation where placement_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private static Map<String, String> variation(LocalDate effective, String reason) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("effectiveDay", String.valueOf(effective.getDayOfMonth()));
        form.put("effectiveMonth", String.valueOf(effective.getMonthValue()));
        form.put("effectiveYear", String.valueOf(effective.getYear()));
        form.put("variationReason", reason);
        form.put("explanation", "Two missing episodes: waking night support agreed at the strategy meeting");
        return form;
    }

    /** A placement whose contract's first version the broker has completed and issued. */
    private long issuedPlacement() {
        long referral = fixtures.placedInNorthbridge();
        referralsOfThisTest.add(referral);
        long id = jdbc.sql("select id from placement_placement where referral_id = ?")
                .param(referral)
                .query(Long.class)
                .single();
        WebSession broker = signedIn("broker.northbridge");
        broker.get("/placements/" + id);
        assertThat(broker.post(
                                "/placements/" + id + "/contract/1/draft",
                                PlacementFixtures.completedContract(Map.of("then", "issue")))
                        .statusCode())
                .isEqualTo(302);
        return id;
    }

    private long versionsOf(long placement) {
        return jdbc.sql("select count(*) from placement_contract_version where placement_id = ?")
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
