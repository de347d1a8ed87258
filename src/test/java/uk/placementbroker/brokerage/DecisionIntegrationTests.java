package uk.placementbroker.brokerage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.identity.Role;
import uk.placementbroker.placement.Placement;
import uk.placementbroker.placement.Placements;
import uk.placementbroker.shared.HomeRef;
import uk.placementbroker.shared.Money;
import uk.placementbroker.shared.Refused;
import uk.placementbroker.support.DemoAccounts;
import uk.placementbroker.support.IntegrationTest;
import uk.placementbroker.support.ReferralFixtures;
import uk.placementbroker.support.TestMailServer;
import uk.placementbroker.support.WebSession;

/** From a choice of offers to an agreed placement: who may decide what, the cost threshold, and no place filled twice. */
@IntegrationTest
class DecisionIntegrationTests {

    @RegisterExtension
    static final GreenMailExtension smtp = TestMailServer.perTest();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Rounds rounds;

    @Autowired
    Answers answers;

    @Autowired
    Decisions decisions;

    @Autowired
    BrokerageFigures figures;

    @Autowired
    Placements placements;

    @Autowired
    uk.placementbroker.referral.Referrals referrals;

    @Test
    void aProposalApprovedByTheTeamManagerBecomesAPlacementAndTheChildsNextEpisodeOfCare() {
        long referral = searching(ReferralFixtures.readyToSearchInNorthbridge(jdbc, referrals, true));
        String home = ReferralFixtures.oakfieldHousehold(jdbc, 0);
        long offer = offer(referral, home, "900");
        decisions.sendChoice(staff("broker.northbridge", Role.BROKER), referral, List.of(offer));
        decisions.propose(
                staff("sw.northbridge", Role.SOCIAL_WORKER),
                referral,
                offer,
                "Close to school, carers skilled with missing episodes");

        assertThat(decisions.decide(staff("tm.northbridge", Role.TEAM_MANAGER), referral, true, "Agreed"))
                .isPresent();

        assertThat(status(referral)).isEqualTo("PLACED");
        Placement placement = placements.ofReferral(northbridge(), referral).orElseThrow();
        assertThat(placement.weekly().fee()).isEqualTo(Money.pounds(900));
        assertThat(placement.home()).isEqualTo(HomeRef.fromKey(home).orElseThrow());
        assertThat(placement.offerId()).isEqualTo(offer);
        assertThat(placement.proposedBy()).isEqualTo("sw.northbridge");
        assertThat(placement.permittedBy()).isEqualTo("tm.northbridge");
        assertThat(placement.agreedBy()).isEqualTo("tm.northbridge");
        assertThat(placement.budgetApprovedBy()).isNull();
        Map<String, Object> episode = jdbc.sql("""
                select e.start_date, e.reason_for_new_episode, e.placement_type, e.placement_provider, e.placement_postcode, e.end_date
                from children_episode e join referral_referral r on r.child_id = e.child_id
                where r.id = ? order by e.episode_index desc limit 1
                """).param(referral).query().singleRow();
        String outwardCode = jdbc.sql("select outward_code from market_foster_household where id = ?")
                .param(Long.parseLong(home.substring(1)))
                .query(String.class)
                .single();
        assertThat(episode)
                .containsEntry(
                        "start_date", java.sql.Date.valueOf(LocalDate.now().plusDays(3)))
                .containsEntry("reason_for_new_episode", "P")
                .containsEntry("placement_type", "U6")
                .containsEntry("placement_provider", "PR4")
                .containsEntry("placement_postcode", outwardCode)
                .containsEntry("end_date", null);

        long northbridge = jdbc.sql("select id from identity_local_authority where code = '991'")
                .query(Long.class)
                .single();
        BrokerageFigures.Year thisYear = figures.of(List.of(northbridge)).get(0);
        assertThat(thisYear.searched()).isPositive();
        assertThat(thisYear.offers()).isPositive();
        assertThat(thisYear.placed()).isPositive();
        assertThat(thisYear.medianDays()).as("referred and placed the same day").isEqualTo("0");
        assertThat(thisYear.placedWhereKnown())
                .as("the household's district and the council's area are known")
                .isPositive();

        WebSession socialWorker = new WebSession(port);
        socialWorker.signIn("sw.northbridge", DemoAccounts.PASSWORD);
        JsonNode standard = JsonMapper.builder()
                .build()
                .readTree(socialWorker
                        .get("/referrals/" + referral + "/placements-standard.json")
                        .body());
        JsonNode actual = standard.get("Actual placement");
        assertThat(actual.get("Total Weekly Cost (actual weekly fee paid)").asInt())
                .isEqualTo(900);
        assertThat(actual.get("Placement Type").asString()).isEqualTo("Foster");
        assertThat(actual.get("Placement Location").asString()).startsWith(outwardCode);
        assertThat(actual.get("Provider URN (linked to Ofsted)").asString())
                .isEqualTo(jdbc.sql("select ofsted_urn from market_provider where name = 'Oakfield Fostering'")
                        .query(String.class)
                        .single());
        assertThat(actual.get("Education Continuity").isBoolean())
                .as("the school and the home are both placed")
                .isTrue();
        assertThat(standard.get("Quality Assurance")
                        .get("Name of officer (placement)")
                        .asString())
                .contains("tm.northbridge");
    }

    @Test
    void aPlacementForAChildNotYetLookedAfterLeavesTheirEpisodesToTheSocialWorker() {
        long referral = searching(ReferralFixtures.readyToSearchInNorthbridge(jdbc, referrals, false));
        long episodesBefore = episodesOfTheChild(referral);
        long offer = offer(referral, ReferralFixtures.oakfieldHousehold(jdbc, 6), "880");
        decisions.sendChoice(staff("broker.northbridge", Role.BROKER), referral, List.of(offer));
        decisions.propose(staff("sw.northbridge", Role.SOCIAL_WORKER), referral, offer, "Near her school");

        assertThat(decisions.decide(staff("tm.northbridge", Role.TEAM_MANAGER), referral, true, "Agreed"))
                .isPresent();

        assertThat(episodesOfTheChild(referral)).isEqualTo(episodesBefore);
        assertThat(jdbc.sql("select string_agg(action, ' | ') from referral_event where referral_id = ?")
                        .param(referral)
                        .query(String.class)
                        .single())
                .contains("not in the child's episodes of care");
    }

    @Test
    void providersWhoseOffersWereNotChosenAreToldWithoutDetailOfTheChosenHome() throws Exception {
        long referral = searching();
        long chosen = offer(referral, ReferralFixtures.oakfieldHousehold(jdbc, 4), "910");
        long notChosen = offer(referral, ReferralFixtures.oakfieldHousehold(jdbc, 5), "870");
        decisions.sendChoice(staff("broker.northbridge", Role.BROKER), referral, List.of(chosen, notChosen));
        decisions.propose(staff("sw.northbridge", Role.SOCIAL_WORKER), referral, chosen, "Nearer her school");

        decisions.decide(staff("tm.northbridge", Role.TEAM_MANAGER), referral, true, "Agreed");

        String notChosenSubject = "Referral R%06d: your offer was not chosen".formatted(referral);
        List<MimeMessage> told = List.of();
        for (long deadline = System.nanoTime() + 10_000_000_000L;
                told.isEmpty() && System.nanoTime() < deadline;
                Thread.sleep(100)) {
            told = Arrays.stream(smtp.getReceivedMessages())
                    .filter(message -> subject(message).equals(notChosenSubject))
                    .toList();
        }
        Thread.sleep(300);
        told = Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> subject(message).equals(notChosenSubject))
                .toList();
        assertThat(told).as("one mail, to the provider not chosen").hasSize(1);
        String body = GreenMailUtil.getBody(told.get(0));
        String notChosenHome = jdbc.sql("select home_name from brokerage_answer where id = ?")
                .param(notChosen)
                .query(String.class)
                .single();
        String chosenHome = jdbc.sql("select home_name from brokerage_answer where id = ?")
                .param(chosen)
                .query(String.class)
                .single();
        assertThat(body).contains(notChosenHome).doesNotContain(chosenHome).doesNotContain("910");
    }

    @Test
    void theProviderWhoseOfferIsChosenIsToldOnceWithWhatHappensNextAndSeesItPlacedWithThem() throws Exception {
        long referral = searching();
        long chosen = offer(referral, ReferralFixtures.oakfieldHousehold(jdbc, 9), "910");
        decisions.sendChoice(staff("broker.northbridge", Role.BROKER), referral, List.of(chosen));
        decisions.propose(staff("sw.northbridge", Role.SOCIAL_WORKER), referral, chosen, "Nearer her school");

        decisions.decide(staff("tm.northbridge", Role.TEAM_MANAGER), referral, true, "Agreed");

        String chosenSubject = "Referral R%06d: your offer was chosen".formatted(referral);
        for (long deadline = System.nanoTime() + 10_000_000_000L;
                Arrays.stream(smtp.getReceivedMessages())
                                .noneMatch(message -> subject(message).equals(chosenSubject))
                        && System.nanoTime() < deadline;
                Thread.sleep(100)) {}
        Thread.sleep(300);
        List<MimeMessage> told = Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> subject(message).equals(chosenSubject))
                .toList();
        assertThat(told).as("one mail, to the provider chosen").hasSize(1);
        String home = jdbc.sql("select home_name from brokerage_answer where id = ?")
                .param(chosen)
                .query(String.class)
                .single();
        assertThat(GreenMailUtil.getBody(told.get(0)))
                .contains(home, "Individual Placement Contract", "/portal/referrals/" + referral);

        WebSession oakfield = new WebSession(port);
        oakfield.signIn("provider.oakfield", DemoAccounts.PASSWORD);
        String portal = oakfield.get("/portal/referrals/" + referral).body();
        assertThat(portal)
                .contains("Placed with you", home, "What happens next")
                .doesNotContain("Withdraw the offer");
    }

    @Test
    void providersWithOffersStandingAreToldWhenTheReferralIsWithdrawnWithoutWhy() throws Exception {
        long referral = searching();
        long standing = offer(referral, ReferralFixtures.oakfieldHousehold(jdbc, 7), "900");
        long withdrawnByProvider = offer(referral, ReferralFixtures.oakfieldHousehold(jdbc, 8), "905");
        answers.withdraw(
                new CurrentUser(
                        0,
                        "provider.oakfield",
                        "Oakfield",
                        Set.of(Role.PROVIDER_USER),
                        null,
                        jdbc.sql("select id from identity_provider_organisation where name = 'Oakfield Fostering'")
                                .query(Long.class)
                                .single(),
                        null,
                        "Oakfield"),
                withdrawnByProvider);

        referrals.withdraw(
                staff("sw.northbridge", Role.SOCIAL_WORKER),
                referral,
                "Going to live with an aunt under a special guardianship order");

        String withdrawnSubject = "Referral R%06d: the council no longer needs this placement".formatted(referral);
        List<MimeMessage> told = List.of();
        for (long deadline = System.nanoTime() + 10_000_000_000L;
                told.isEmpty() && System.nanoTime() < deadline;
                Thread.sleep(100)) {
            told = Arrays.stream(smtp.getReceivedMessages())
                    .filter(message -> subject(message).equals(withdrawnSubject))
                    .toList();
        }
        Thread.sleep(300);
        told = Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> subject(message).equals(withdrawnSubject))
                .toList();
        assertThat(told).as("one mail, for the offer still standing").hasSize(1);
        String standingHome = jdbc.sql("select home_name from brokerage_answer where id = ?")
                .param(standing)
                .query(String.class)
                .single();
        assertThat(GreenMailUtil.getBody(told.get(0)))
                .contains(standingHome, "no longer needs this placement")
                .doesNotContain("aunt");
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theSamePersonCannotProposeAndApprove() {
        long referral = searching();
        long offer = offer(referral, ReferralFixtures.oakfieldHousehold(jdbc, 1), "900");
        decisions.sendChoice(staff("broker.northbridge", Role.BROKER), referral, List.of(offer));
        CurrentUser both = staff("sw.and.tm", Role.SOCIAL_WORKER, Role.TEAM_MANAGER);
        decisions.propose(both, referral, offer, "The right home");

        assertThatThrownBy(() -> decisions.decide(both, referral, true, "Agreed"))
                .isInstanceOf(Refused.class)
                .hasMessageContaining("another manager must approve it");
        assertThat(status(referral)).isEqualTo("CHOOSING");
    }

    @Test
    void aboveTheThresholdTheHeadOfServiceMustApproveTheCostToo() {
        long referral = searching();
        long offer = offer(referral, ReferralFixtures.oakfieldHousehold(jdbc, 2), "5200");
        decisions.sendChoice(staff("broker.northbridge", Role.BROKER), referral, List.of(offer));
        decisions.propose(
                staff("sw.northbridge", Role.SOCIAL_WORKER), referral, offer, "The only home that meets her needs");

        assertThat(decisions.decide(staff("tm.northbridge", Role.TEAM_MANAGER), referral, true, "Agreed"))
                .isEmpty();
        assertThat(status(referral)).isEqualTo("CHOOSING");
        assertThat(decisions.approveBudget(staff("hos.northbridge", Role.HEAD_OF_SERVICE), referral, true, "Approved"))
                .isPresent();
        assertThat(status(referral)).isEqualTo("PLACED");
        Placement placement = placements.ofReferral(northbridge(), referral).orElseThrow();
        assertThat(placement.permittedBy()).isEqualTo("tm.northbridge");
        assertThat(placement.budgetApprovedBy()).isEqualTo("hos.northbridge");
        assertThat(placement.agreedBy()).as("the last approval needed").isEqualTo("hos.northbridge");
        assertThat(placement.weeklyCost()).isEqualTo(Money.pounds(5200));
    }

    @Test
    void aProposalAboveTheBudgetGuidanceSaysSoAndTheHeadOfServicesReasonsAreShown() throws Exception {
        long referral = searching();
        long within = offer(referral, ReferralFixtures.oakfieldHousehold(jdbc, 6), "900");
        long above = offer(referral, ReferralFixtures.oakfieldHousehold(jdbc, 7), "5100");
        decisions.sendChoice(staff("broker.northbridge", Role.BROKER), referral, List.of(within, above));
        decisions.propose(staff("sw.northbridge", Role.SOCIAL_WORKER), referral, above, "The only home near school");

        WebSession manager = new WebSession(port);
        manager.signIn("tm.northbridge", DemoAccounts.PASSWORD);
        String page = manager.get("/referrals/" + referral + "/choice").body();
        assertThat(page)
                .as("the guidance in the referral is £950 a week")
                .contains("budget guidance of £950 a week", "£4,150 a week above the budget guidance")
                .contains("Its weekly cost, £5,100, is £4,150 above the budget guidance of £950.");
        assertThat(page.split("a week above the budget guidance", -1))
                .as("once, for the offer above it")
                .hasSize(2);
        assertThat(TestMailServer.bodies(
                        smtp, "Referral R%06d: a proposal waits for your permission to place".formatted(referral), 1))
                .isNotEmpty()
                .allSatisfy(body -> assertThat(body).contains("is £4,150 above the budget guidance"));

        decisions.decide(staff("tm.northbridge", Role.TEAM_MANAGER), referral, true, "Agreed");
        decisions.approveBudget(
                staff("hos.northbridge", Role.HEAD_OF_SERVICE), referral, false, "Ask the in-house team first");
        assertThat(manager.get("/referrals/" + referral + "/choice").body())
                .contains("Cost not approved by hos.northbridge: Ask the in-house team first");
    }

    @Test
    void twoDecisionsAtOnceCannotFillTheSamePlace() throws Exception {
        String home = ReferralFixtures.oakfieldHousehold(jdbc, 3);
        jdbc.sql("update market_foster_household set approved_children = 1 where id = ?")
                .param(Long.parseLong(home.substring(1)))
                .update();
        List<Long> referrals = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            long referral = searching();
            long offer = offer(referral, home, "900");
            decisions.sendChoice(staff("broker.northbridge", Role.BROKER), referral, List.of(offer));
            decisions.propose(staff("sw.northbridge", Role.SOCIAL_WORKER), referral, offer, "Right for the child");
            referrals.add(referral);
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService managers = Executors.newFixedThreadPool(2);
        List<Future<String>> outcomes = new ArrayList<>();
        for (long referral : referrals) {
            outcomes.add(managers.submit(() -> {
                start.await();
                try {
                    decisions.decide(staff("tm.northbridge", Role.TEAM_MANAGER), referral, true, "Agreed");
                    return "placed";
                } catch (Placement.HomeFull full) {
                    return "refused";
                }
            }));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get());
        }
        managers.shutdown();

        assertThat(results).containsExactlyInAnyOrder("placed", "refused");
        assertThat(referrals.stream()
                        .map(referral -> placements.ofReferral(northbridge(), referral))
                        .filter(java.util.Optional::isPresent))
                .as("one placement in the home")
                .hasSize(1);
    }

    private long northbridge() {
        return jdbc.sql("select id from identity_local_authority where code = '991'")
                .query(Long.class)
                .single();
    }

    private long searching() {
        return searching(ReferralFixtures.readyToSearchInNorthbridge(jdbc, referrals));
    }

    private long searching(long referral) {
        rounds.open(staff("broker.northbridge", Role.BROKER), referral, RoundKind.FRAMEWORK);
        return referral;
    }

    private long episodesOfTheChild(long referral) {
        return jdbc.sql(
                        "select count(*) from children_episode e join referral_referral r on r.child_id = e.child_id where r.id = ?")
                .param(referral)
                .query(Long.class)
                .single();
    }

    private long offer(long referral, String home, String fee) {
        long organisation = jdbc.sql("select id from identity_provider_organisation where name = 'Oakfield Fostering'")
                .query(Long.class)
                .single();
        CurrentUser provider = new CurrentUser(
                0, "provider.oakfield", "Oakfield", Set.of(Role.PROVIDER_USER), null, organisation, null, "Oakfield");
        return answers.offer(
                provider,
                referral,
                new Answers.Offer(
                        HomeRef.fromKey(home).orElseThrow(),
                        LocalDate.now().plusDays(3),
                        Money.of(new BigDecimal(fee)),
                        BigDecimal.ZERO,
                        Money.ZERO,
                        Money.ZERO,
                        Money.ZERO,
                        Money.ZERO,
                        Money.ZERO,
                        "As our profile says"));
    }

    private String status(long referral) {
        return jdbc.sql("select status from referral_referral where id = ?")
                .param(referral)
                .query(String.class)
                .single();
    }

    private CurrentUser staff(String username, Role... roles) {
        return ReferralFixtures.northbridgeStaff(jdbc, username, roles);
    }
}
