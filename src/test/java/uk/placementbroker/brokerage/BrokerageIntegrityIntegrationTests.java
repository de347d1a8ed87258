package uk.placementbroker.brokerage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.identity.Role;
import uk.placementbroker.market.MarketRecords;
import uk.placementbroker.matching.Criteria;
import uk.placementbroker.placement.Placements;
import uk.placementbroker.referral.Referrals;
import uk.placementbroker.shared.HomeRef;
import uk.placementbroker.shared.Money;
import uk.placementbroker.shared.MovedOn;
import uk.placementbroker.shared.Need;
import uk.placementbroker.shared.Postcode;
import uk.placementbroker.shared.Refused;
import uk.placementbroker.support.DemoAccounts;
import uk.placementbroker.support.IntegrationTest;
import uk.placementbroker.support.ReferralFixtures;
import uk.placementbroker.support.TestMailServer;
import uk.placementbroker.support.WebSession;

/**
 * No step of the flow undoes or rewrites a later one: each checks where the referral has got to, under
 * the referral's lock, and a step that has been overtaken gets words, never a server error.
 */
@IntegrationTest
class BrokerageIntegrityIntegrationTests {

    static final int TRIES = 20;

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
    ScreeningOverrides overrides;

    @Autowired
    Placements placements;

    @Autowired
    MarketRecords market;

    private final List<Long> referralsOfThisTest = new ArrayList<>();

    /** The rounds these tests open mail many providers: none of it may reach another test's mail server. */
    @AfterEach
    void noMailOfTheseTestsLeftToSend() {
        if (!referralsOfThisTest.isEmpty()) {
            jdbc.sql("""
                    update notification_outbox set status = 'FAILED' where status = 'QUEUED' and id in (
                        select x.mail_id from brokerage_recipient x join brokerage_round r on r.id = x.round_id where r.referral_id in (:referrals))
                    """).param("referrals", referralsOfThisTest).update();
        }
    }

    @Test
    void aWithdrawnReferralCannotBeApprovedIntoAPlacement() {
        long referral = searching("991", "northbridge");
        long offer = offer(referral, oakfieldHousehold());
        choose(referral, "northbridge", offer, offer);
        referrals.withdraw(
                staff("991", "sw.northbridge", Role.SOCIAL_WORKER), referral, "She is going home to her father");

        assertThatThrownBy(() ->
                        decisions.decide(staff("991", "tm.northbridge", Role.TEAM_MANAGER), referral, true, "Agreed"))
                .isInstanceOf(MovedOn.class)
                .hasMessage("The referral has just moved on: it is withdrawn, so nothing more can be decided here");
        assertThat(status(referral)).isEqualTo("WITHDRAWN");
        assertThat(placements.ofReferral(council("991"), referral)).isEmpty();
    }

    @Test
    void onceAPlacementIsAgreedNoStepCanUndoOrRewriteIt() {
        long referral = searching("991", "northbridge");
        long chosen = offer(referral, oakfieldHousehold());
        long other = offer(referral, oakfieldHousehold());
        choose(referral, "northbridge", chosen, chosen, other);
        assertThat(decisions.decide(staff("991", "tm.northbridge", Role.TEAM_MANAGER), referral, true, "Agreed"))
                .isPresent();

        List<Runnable> later = List.of(
                () -> decisions.propose(
                        staff("991", "sw.northbridge", Role.SOCIAL_WORKER), referral, other, "Changed my mind"),
                () -> decisions.decide(staff("991", "tm2.northbridge", Role.TEAM_MANAGER), referral, false, "No"),
                () -> decisions.approveBudget(
                        staff("991", "hos.northbridge", Role.HEAD_OF_SERVICE), referral, true, "Yes"),
                () -> decisions.sendChoice(staff("991", "broker.northbridge", Role.BROKER), referral, List.of(other)),
                () -> overrides.override(
                        staff("991", "broker.northbridge", Role.BROKER), referral, other, "Worth a look"));
        for (Runnable step : later) {
            assertThatThrownBy(step::run).isInstanceOf(MovedOn.class).hasMessageContaining("has just moved on");
        }
        assertThatThrownBy(() -> answers.withdraw(ReferralFixtures.providerUser(jdbc, "Oakfield Fostering"), chosen))
                .isInstanceOf(MovedOn.class)
                .hasMessageStartingWith(Answers.NO_LONGER_LOOKING);
        assertThatThrownBy(() ->
                        referrals.withdraw(staff("991", "sw.northbridge", Role.SOCIAL_WORKER), referral, "Too late"))
                .isInstanceOf(Refused.class);

        assertThat(status(referral)).isEqualTo("PLACED");
        assertThat(placements.ofReferral(council("991"), referral).orElseThrow().offerId())
                .isEqualTo(chosen);
        Decisions.Choice choice = decisions
                .choice(staff("991", "broker.northbridge", Role.BROKER), referral)
                .orElseThrow();
        assertThat(choice.proposedAnswerId()).isEqualTo(chosen);
        assertThat(choice.managerDecision()).isEqualTo("APPROVED");
        assertThat(choice.shortlist()).containsExactly(chosen, other);
        assertThat(answers.find(council("991"), chosen).orElseThrow().withdrawn())
                .isFalse();
    }

    @Test
    void postingTheDecisionAgainGetsWordsOnThePageNotAServerError() {
        long referral = searching("991", "northbridge");
        long offer = offer(referral, oakfieldHousehold());
        choose(referral, "northbridge", offer, offer);
        WebSession manager = new WebSession(port);
        manager.signIn("tm.northbridge", DemoAccounts.PASSWORD);
        manager.get("/referrals/" + referral + "/choice");

        Map<String, String> approve = Map.of("decision", "approve", "comment", "Agreed");
        assertThat(manager.post("/referrals/" + referral + "/choice/decide", approve)
                        .statusCode())
                .isEqualTo(302);
        HttpResponse<String> again = manager.post("/referrals/" + referral + "/choice/decide", approve);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("There is a problem", "The referral has just moved on: it is placed");
        assertThat(manager.get("/referrals/" + referral + "/choice").body())
                .contains("Placement agreed")
                .doesNotContain("Save the decision");
        WebSession broker = new WebSession(port);
        broker.signIn("broker.northbridge", DemoAccounts.PASSWORD);
        assertThat(broker.get("/referrals/" + referral + "/search").body()).doesNotContain("Send the choice");
        WebSession oakfield = new WebSession(port);
        oakfield.signIn("provider.oakfield", DemoAccounts.PASSWORD);
        assertThat(oakfield.get("/portal/referrals/" + referral).body()).doesNotContain("Withdraw the offer");
    }

    @Test
    void twoBrokersOpeningARoundAtOnceOpenOneAndMailEachProviderOnce() throws Exception {
        for (int i = 0; i < TRIES; i++) {
            long referral = ReferralFixtures.readyToSearchIn(jdbc, referrals, "992", "eastmoor");
            referralsOfThisTest.add(referral);
            List<Object> outcomes = atOnce(
                    () -> rounds.open(staff("992", "broker.eastmoor", Role.BROKER), referral, RoundKind.IN_HOUSE),
                    () -> rounds.open(staff("992", "broker2.eastmoor", Role.BROKER), referral, RoundKind.IN_HOUSE));

            assertThat(outcomes).as("try %s", i).allMatch(List.class::isInstance);
            assertThat(outcomes)
                    .as("one broker asked the in-house service, the other found nobody new to ask")
                    .filteredOn(outcome -> !((List<?>) outcome).isEmpty())
                    .hasSize(1);
            assertThat(jdbc.sql("select count(*) from brokerage_round where referral_id = ?")
                            .param(referral)
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
            assertThat(jdbc.sql("""
                    select count(*) - count(distinct x.provider_id) from brokerage_recipient x join brokerage_round r on r.id = x.round_id
                    where r.referral_id = ?
                    """).param(referral).query(Long.class).single())
                    .as("no provider asked twice")
                    .isZero();
        }
    }

    @Test
    void twoManagersDecidingAtOnceMakeOnePlacementAndTheOtherIsToldItMovedOn() throws Exception {
        for (int i = 0; i < TRIES; i++) {
            long referral = searching("993", "westhaven");
            long offer = offer(referral, oakfieldHousehold());
            choose(referral, "westhaven", offer, offer);
            List<Object> outcomes = atOnce(
                    () -> decisions.decide(staff("993", "tm.westhaven", Role.TEAM_MANAGER), referral, true, "Agreed"),
                    () -> decisions.decide(
                            staff("993", "tm2.westhaven", Role.TEAM_MANAGER), referral, true, "Agreed too"));

            assertThat(outcomes)
                    .as("try %s", i)
                    .filteredOn(java.util.Optional.class::isInstance)
                    .hasSize(1);
            assertThat(outcomes)
                    .filteredOn(MovedOn.class::isInstance)
                    .singleElement()
                    .satisfies(movedOn -> assertThat(((MovedOn) movedOn).getMessage())
                            .startsWith("The referral has just moved on: ")
                            .doesNotContain("no place left"));
            assertThat(placements.ofReferral(council("993"), referral)).isPresent();
            assertThat(status(referral)).isEqualTo("PLACED");
        }
    }

    /** Both at the same moment; each outcome is what the step returned, or what it threw. */
    private static List<Object> atOnce(Callable<?> first, Callable<?> second) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService people = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> running = new ArrayList<>();
            for (Callable<?> step : List.of(first, second)) {
                running.add(people.submit(() -> {
                    start.await();
                    try {
                        return step.call();
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> outcome : running) {
                outcomes.add(outcome.get());
            }
            return outcomes;
        } finally {
            people.shutdown();
        }
    }

    private long searching(String councilCode, String councilKey) {
        long referral = ReferralFixtures.readyToSearchIn(jdbc, referrals, councilCode, councilKey);
        referralsOfThisTest.add(referral);
        rounds.open(staff(councilCode, "broker." + councilKey, Role.BROKER), referral, RoundKind.FRAMEWORK);
        return referral;
    }

    private void choose(long referral, String councilKey, long proposed, Long... shortlist) {
        String code = switch (councilKey) {
            case "northbridge" -> "991";
            case "eastmoor" -> "992";
            default -> "993";
        };
        decisions.sendChoice(staff(code, "broker." + councilKey, Role.BROKER), referral, List.of(shortlist));
        decisions.propose(staff(code, "sw." + councilKey, Role.SOCIAL_WORKER), referral, proposed, "Right for her");
    }

    private long offer(long referral, HomeRef home) {
        return answers.offer(
                ReferralFixtures.providerUser(jdbc, "Oakfield Fostering"),
                referral,
                new Answers.Offer(
                        home,
                        LocalDate.now().plusDays(3),
                        Money.pounds(900),
                        BigDecimal.ZERO,
                        Money.ZERO,
                        Money.ZERO,
                        Money.ZERO,
                        Money.ZERO,
                        Money.ZERO,
                        "As our profile says"));
    }

    /** A household of Oakfield's own for this test, so that no other test's placements fill it. */
    private HomeRef oakfieldHousehold() {
        long oakfield = jdbc.sql("select id from market_provider where name = 'Oakfield Fostering'")
                .query(Long.class)
                .single();
        return HomeRef.fosterHousehold(market.addHousehold(new MarketRecords.NewHousehold(
                oakfield,
                "OF-INTEGRITY-" + System.nanoTime(),
                0,
                17,
                2,
                Set.of(Criteria.Sex.FEMALE, Criteria.Sex.MALE),
                2,
                Set.of(Need.MISSING_EPISODES),
                Set.of(),
                null,
                Set.of(),
                false,
                null,
                Set.of(),
                Postcode.parse("NN3 6AD").orElseThrow(),
                "Northampton")));
    }

    private long council(String code) {
        return jdbc.sql("select id from identity_local_authority where code = ?")
                .param(code)
                .query(Long.class)
                .single();
    }

    private String status(long referral) {
        return jdbc.sql("select status from referral_referral where id = ?")
                .param(referral)
                .query(String.class)
                .single();
    }

    private CurrentUser staff(String councilCode, String username, Role... roles) {
        return ReferralFixtures.staffOf(jdbc, councilCode, username, roles);
    }
}
