package uk.placementbroker.brokerage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.placementbroker.identity.Role;
import uk.placementbroker.referral.Referrals;
import uk.placementbroker.support.DemoAccounts;
import uk.placementbroker.support.IntegrationTest;
import uk.placementbroker.support.ReferralFixtures;
import uk.placementbroker.support.WebSession;

/**
 * The council's own fostering service answers the in-house round: its fostering team reads the referral in full and
 * offers one of the council's carers or says why none can; the broker records an answer the team gave by phone,
 * marked as such. Nobody else answers for the council's carers, and the team sees only what it was asked about.
 */
@IntegrationTest
class InHouseAnswersIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Referrals referrals;

    @Autowired
    Decisions decisions;

    @Test
    void theFosteringTeamReadsTheReferralInFullAndOffersOneOfTheCouncilsCarers() {
        long referral = inHouseRoundOpened();
        String child = childName(referral);
        WebSession team = signedIn("fostering.northbridge");

        assertThat(team.get("/").body())
                .contains("Offer one of our carers", "href=\"/in-house/referrals/" + referral + "\"");
        assertThat(team.get("/in-house/referrals").body()).contains(child, "To answer");
        assertThat(team.get("/in-house/referrals/" + referral).body()).contains(child, "Read the referral in full");
        HttpResponse<String> inFull = team.get("/referrals/" + referral);
        assertThat(inFull.statusCode()).isEqualTo(200);
        assertThat(inFull.body()).contains(child, "Outcomes", "Answer for our carers");
        assertThat(jdbc.sql("""
                        select count(*) from identity_audit_event
                        where actor_username = 'fostering.northbridge' and action = 'VIEWED' and record_type = 'referral' and record_id = ?
                        """)
                        .param(String.valueOf(referral))
                        .query(Long.class)
                        .single())
                .isPositive();

        String carer = inHouseHousehold("991");
        team.get("/in-house/referrals/" + referral);
        assertThat(team.post("/in-house/referrals/" + referral + "/offers", offer(carer, Map.of()))
                        .statusCode())
                .isEqualTo(302);

        Map<String, Object> saved = jdbc.sql("""
                        select submitted_by, provider_organisation_id, given_by_phone_by, home_key from brokerage_answer
                        where referral_id = ? and kind = 'OFFER'
                        """).param(referral).query().singleRow();
        assertThat(saved.get("submitted_by")).isEqualTo("fostering.northbridge");
        assertThat(saved.get("provider_organisation_id")).isNull();
        assertThat(saved.get("given_by_phone_by")).isNull();
        assertThat(saved.get("home_key")).isEqualTo(carer);
        assertThat(team.get("/in-house/referrals/" + referral).body()).contains("Offer of Foster household");
        assertThat(team.get("/").body()).doesNotContain("href=\"/in-house/referrals/" + referral + "\"");
        String broker = signedIn("broker.northbridge")
                .get("/referrals/" + referral + "/search")
                .body();
        assertThat(broker).contains(homeName(carer));
    }

    @Test
    void anOfferOfTheCouncilsOwnCarerBecomesThePlacementAndTheTeamSeesIt() {
        long referral = inHouseRoundOpened();
        WebSession team = signedIn("fostering.northbridge");
        String carer = inHouseHousehold("991");
        team.get("/in-house/referrals/" + referral);
        team.post("/in-house/referrals/" + referral + "/offers", offer(carer, Map.of()));
        long offer = jdbc.sql("select id from brokerage_answer where referral_id = ?")
                .param(referral)
                .query(Long.class)
                .single();

        decisions.sendChoice(
                ReferralFixtures.northbridgeStaff(jdbc, "broker.northbridge", Role.BROKER), referral, List.of(offer));
        decisions.propose(
                ReferralFixtures.northbridgeStaff(jdbc, "sw.northbridge", Role.SOCIAL_WORKER),
                referral,
                offer,
                "Her own council's carers, near her school");
        assertThat(decisions.decide(
                        ReferralFixtures.northbridgeStaff(jdbc, "tm.northbridge", Role.TEAM_MANAGER),
                        referral,
                        true,
                        "Agreed"))
                .isPresent();

        Map<String, Object> placed = jdbc.sql(
                        "select home_id, provider_organisation_id from placement_placement where referral_id = ?")
                .param(referral)
                .query()
                .singleRow();
        assertThat(placed.get("home_id")).isEqualTo(Long.parseLong(carer.substring(1)));
        assertThat(placed.get("provider_organisation_id")).isNull();
        assertThat(team.get("/in-house/referrals/" + referral).body())
                .contains("Placed with our carer", homeName(carer))
                .doesNotContain("Send the offer", ">Withdraw<");
        assertThat(team.post("/in-house/referrals/" + referral + "/offers/" + offer + "/withdraw", Map.of())
                        .body())
                .contains("no longer looking");
    }

    @Test
    void theFosteringTeamOffersOnlyTheCouncilsOwnCarersAndSeesOnlyWhatItWasAskedAbout() {
        long notYetAsked = ReferralFixtures.readyToSearchInNorthbridge(jdbc, referrals);
        WebSession team = signedIn("fostering.northbridge");
        assertThat(team.get("/in-house/referrals/" + notYetAsked).statusCode()).isEqualTo(404);
        assertThat(team.get("/referrals/" + notYetAsked).statusCode()).isEqualTo(404);
        assertThat(team.get("/referrals").statusCode()).isEqualTo(403);
        long child = jdbc.sql("select child_id from referral_referral where id = ?")
                .param(notYetAsked)
                .query(Long.class)
                .single();
        assertThat(team.get("/children/" + child).statusCode()).isIn(403, 404);

        long referral = inHouseRoundOpened();
        team.get("/in-house/referrals/" + referral);
        assertThat(team.post(
                                "/in-house/referrals/" + referral + "/offers",
                                offer(ReferralFixtures.oakfieldHousehold(jdbc, 0), Map.of()))
                        .body())
                .as("an independent agency's carers")
                .contains("Choose one of your own homes");
        assertThat(team.post("/in-house/referrals/" + referral + "/offers", offer(inHouseHousehold("992"), Map.of()))
                        .body())
                .as("another council's carers")
                .contains("Choose one of your own homes");

        WebSession otherCouncil = signedIn("fostering.eastmoor");
        assertThat(otherCouncil.get("/in-house/referrals").body()).doesNotContain(childName(referral));
        assertThat(otherCouncil.get("/in-house/referrals/" + referral).statusCode())
                .isEqualTo(404);
        assertThat(otherCouncil.get("/referrals/" + referral).statusCode()).isEqualTo(404);
        assertThat(otherCouncil
                        .post("/in-house/referrals/" + referral + "/refusals", Map.of("reason", "NO_VACANCY"))
                        .statusCode())
                .isEqualTo(404);
        WebSession provider = signedIn("provider.oakfield");
        assertThat(provider.get("/in-house/referrals/" + referral).statusCode()).isEqualTo(403);
        assertThat(provider.post("/in-house/referrals/" + referral + "/refusals", Map.of("reason", "NO_VACANCY"))
                        .statusCode())
                .isEqualTo(403);
        WebSession socialWorker = signedIn("sw.northbridge");
        assertThat(socialWorker.get("/in-house/referrals/" + referral).statusCode())
                .isEqualTo(403);
        assertThat(answersTo(referral)).isZero();
    }

    @Test
    void theBrokerRecordsTheFosteringTeamsAnswerGivenByPhoneSayingWhoGaveIt() {
        long referral = inHouseRoundOpened();
        WebSession broker = signedIn("broker.northbridge");
        assertThat(broker.get("/referrals/" + referral + "/search").body())
                .contains("/in-house/referrals/" + referral, "answer given by phone");
        assertThat(broker.get("/in-house/referrals/" + referral).body()).contains("by phone");

        HttpResponse<String> nameless = broker.post(
                "/in-house/referrals/" + referral + "/refusals", Map.of("reason", "NO_VACANCY", "refusalGivenBy", " "));
        assertThat(nameless.body())
                .contains(
                        "govuk-error-summary",
                        "Enter the name of the person in the fostering team who gave you the answer");
        assertThat(answersTo(referral)).isZero();

        assertThat(broker.post(
                                "/in-house/referrals/" + referral + "/refusals",
                                Map.of(
                                        "reason",
                                        "NO_VACANCY",
                                        "note",
                                        "Both carers near the school are full until March",
                                        "refusalGivenBy",
                                        "Sam Okafor, fostering duty worker"))
                        .statusCode())
                .isEqualTo(302);
        Map<String, Object> saved = jdbc.sql("""
                        select submitted_by, given_by_phone_by, refusal_reason from brokerage_answer where referral_id = ?
                        """).param(referral).query().singleRow();
        assertThat(saved.get("submitted_by")).isEqualTo("broker.northbridge");
        assertThat(saved.get("given_by_phone_by")).isEqualTo("Sam Okafor, fostering duty worker");
        assertThat(saved.get("refusal_reason")).isEqualTo("NO_VACANCY");
        assertThat(signedIn("fostering.northbridge")
                        .get("/in-house/referrals/" + referral)
                        .body())
                .contains("Given by phone by Sam Okafor, fostering duty worker, recorded by broker.northbridge");

        WebSession otherBroker = signedIn("broker.eastmoor");
        assertThat(otherBroker.get("/in-house/referrals/" + referral).statusCode())
                .isEqualTo(404);
    }

    @Test
    void theInHouseRoundsMailTakesTheFosteringTeamToItsOwnPage() {
        long referral = inHouseRoundOpened();
        assertThat(jdbc.sql("""
                        select o.body from notification_outbox o join brokerage_recipient x on x.mail_id = o.id
                        join brokerage_round r on r.id = x.round_id where r.referral_id = ?
                        """).param(referral).query(String.class).list())
                .isNotEmpty()
                .allSatisfy(body -> assertThat(body)
                        .contains("/in-house/referrals/" + referral)
                        .doesNotContain("/portal/referrals/"));
    }

    private long inHouseRoundOpened() {
        long referral = ReferralFixtures.readyToSearchInNorthbridge(jdbc, referrals);
        WebSession broker = signedIn("broker.northbridge");
        broker.get("/referrals/" + referral + "/search");
        assertThat(broker.post("/referrals/" + referral + "/search/rounds", Map.of("kind", "IN_HOUSE", "step", "send"))
                        .statusCode())
                .isEqualTo(302);
        return referral;
    }

    private String inHouseHousehold(String councilCode) {
        return jdbc.sql("""
                select 'H' || h.id from market_foster_household h join market_provider p on p.id = h.provider_id
                join identity_local_authority la on la.id = p.local_authority_id
                where p.kind = 'IN_HOUSE_FOSTERING' and la.code = ? order by h.id limit 1
                """).param(councilCode).query(String.class).single();
    }

    private String homeName(String household) {
        return jdbc.sql("select 'Foster household ' || reference from market_foster_household where id = ?")
                .param(Long.parseLong(household.substring(1)))
                .query(String.class)
                .single();
    }

    private String childName(long referral) {
        return jdbc.sql("""
                select c.first_name || ' ' || c.last_name from children_child c join referral_referral r on r.child_id = c.id
                where r.id = ?
                """).param(referral).query(String.class).single();
    }

    private long answersTo(long referral) {
        return jdbc.sql("select count(*) from brokerage_answer where referral_id = ?")
                .param(referral)
                .query(Long.class)
                .single();
    }

    private static Map<String, String> offer(String home, Map<String, String> more) {
        LocalDate from = LocalDate.now().plusDays(3);
        Map<String, String> form = new HashMap<>(Map.of(
                "home",
                home,
                "fromDay",
                String.valueOf(from.getDayOfMonth()),
                "fromMonth",
                String.valueOf(from.getMonthValue()),
                "fromYear",
                String.valueOf(from.getYear()),
                "weeklyFee",
                "450",
                "howNeedsAreMet",
                "Experienced carers two miles from her school, with no other children at home"));
        form.putAll(more);
        return form;
    }

    private WebSession signedIn(String username) {
        WebSession session = new WebSession(port);
        session.signIn(username, DemoAccounts.PASSWORD);
        return session;
    }
}
