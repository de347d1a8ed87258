package uk.placementbroker.brokerage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import uk.placementbroker.support.DemoAccounts;
import uk.placementbroker.support.IntegrationTest;
import uk.placementbroker.support.ReferralFixtures;
import uk.placementbroker.support.WebSession;

/** Only providers a referral was sent to can see or answer it, and only their own offers can they withdraw. */
@IntegrationTest
class OffersIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aProviderThatWasNotAskedCannotSeeOrAnswerTheReferral() {
        long referral = frameworkRoundOpened();
        WebSession notAsked = signedIn("provider.meadowbank");
        notAsked.get("/portal/referrals");

        assertThat(notAsked.get("/portal/referrals/" + referral).statusCode()).isEqualTo(404);
        assertThat(notAsked.post("/portal/referrals/" + referral + "/refusals", Map.of("reason", "PRICE"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(notAsked.post("/portal/referrals/" + referral + "/offers", offer("S1"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(notAsked.get("/portal/referrals").body()).doesNotContain("R" + String.format("%06d", referral));
        assertThat(jdbc.sql("select count(*) from brokerage_answer where referral_id = ?")
                        .param(referral)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aProviderOffersOnlyItsOwnHomesAndWithdrawsOnlyItsOwnOffers() {
        long referral = frameworkRoundOpened();
        String harbourHome = jdbc.sql(
                        "select 'S' || id from market_setting where name like 'Harbour Lane House%' limit 1")
                .query(String.class)
                .single();
        String oakfieldHome = jdbc.sql("""
                select 'H' || h.id from market_foster_household h join market_provider p on p.id = h.provider_id where p.name = 'Oakfield Fostering' limit 1
                """).query(String.class).single();
        WebSession oakfield = signedIn("provider.oakfield");
        oakfield.get("/portal/referrals/" + referral);

        HttpResponse<String> someoneElses =
                oakfield.post("/portal/referrals/" + referral + "/offers", offer(harbourHome));
        assertThat(someoneElses.body()).contains("Choose one of your own homes");
        HttpResponse<String> own = oakfield.post("/portal/referrals/" + referral + "/offers", offer(oakfieldHome));
        assertThat(own.statusCode()).isEqualTo(302);
        long offer = jdbc.sql("select id from brokerage_answer where referral_id = ? and kind = 'OFFER'")
                .param(referral)
                .query(Long.class)
                .single();
        assertThat(signedIn("admin.northbridge")
                        .get("/admin/audit?recordType=offer&recordId=" + offer)
                        .body())
                .as("the council sees what providers did on its referral")
                .contains("provider.oakfield", "referral " + referral);

        WebSession harbour = signedIn("provider.harbour");
        harbour.get("/portal/referrals/" + referral);
        assertThat(harbour.post("/portal/referrals/" + referral + "/offers/" + offer + "/withdraw", Map.of())
                        .statusCode())
                .isEqualTo(404);
        assertThat(jdbc.sql("select withdrawn_at is null from brokerage_answer where id = ?")
                        .param(offer)
                        .query(Boolean.class)
                        .single())
                .isTrue();

        oakfield.get("/portal/referrals/" + referral);
        assertThat(oakfield.post("/portal/referrals/" + referral + "/offers/" + offer + "/withdraw", Map.of())
                        .statusCode())
                .isEqualTo(302);
        assertThat(jdbc.sql("select withdrawn_at is not null from brokerage_answer where id = ?")
                        .param(offer)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void anOfferAfterTheDeadlineIsAcceptedAndMarkedLate() {
        long referral = frameworkRoundOpened();
        jdbc.sql("update brokerage_round set respond_by = now() - interval '1 hour' where referral_id = ?")
                .param(referral)
                .update();
        WebSession riverside = signedIn("provider.riverside");
        riverside.get("/portal/referrals/" + referral);

        riverside.post("/portal/referrals/" + referral + "/refusals", Map.of("reason", "NO_VACANCY"));

        assertThat(jdbc.sql("select late from brokerage_answer where referral_id = ?")
                        .param(referral)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(riverside.get("/portal/referrals/" + referral).body()).contains("Late", "No vacancy");
    }

    @Test
    void onceTheSocialWorkerWithdrawsTheReferralProvidersCanNoLongerAnswerOrAsk() {
        long referral = frameworkRoundOpened();
        WebSession otherCouncil = signedIn("sw.eastmoor");
        otherCouncil.get("/referrals");
        assertThat(otherCouncil
                        .post("/referrals/" + referral + "/withdraw", Map.of("withdrawReason", "Not ours"))
                        .statusCode())
                .as("another council's social worker")
                .isEqualTo(404);
        WebSession socialWorker = signedIn("sw.northbridge");
        socialWorker.get("/referrals/" + referral);
        assertThat(socialWorker
                        .post("/referrals/" + referral + "/withdraw", Map.of("withdrawReason", " "))
                        .body())
                .contains("Say why the referral is withdrawn");

        assertThat(socialWorker
                        .post(
                                "/referrals/" + referral + "/withdraw",
                                Map.of("withdrawReason", "Returning home to her mother under a supervision order"))
                        .statusCode())
                .isEqualTo(302);

        assertThat(jdbc.sql("select status from referral_referral where id = ?")
                        .param(referral)
                        .query(String.class)
                        .single())
                .isEqualTo("WITHDRAWN");
        assertThat(socialWorker.get("/referrals/" + referral).body())
                .contains("Withdrew the referral", "supervision order")
                .doesNotContain("Withdraw this referral");
        WebSession oakfield = signedIn("provider.oakfield");
        assertThat(oakfield.get("/portal/referrals/" + referral).body())
                .contains("no longer looking")
                .doesNotContain("Send the offer");
        String oakfieldHome = jdbc.sql("""
                select 'H' || h.id from market_foster_household h join market_provider p on p.id = h.provider_id where p.name = 'Oakfield Fostering' limit 1
                """).query(String.class).single();
        assertThat(oakfield.post("/portal/referrals/" + referral + "/offers", offer(oakfieldHome))
                        .body())
                .contains("no longer looking");
        assertThat(oakfield.post("/portal/referrals/" + referral + "/refusals", Map.of("reason", "PRICE"))
                        .body())
                .contains("no longer looking");
        assertThat(oakfield.post(
                                "/portal/referrals/" + referral + "/questions",
                                Map.of("question", "Is she still looking?"))
                        .body())
                .contains("no longer looking");
        assertThat(jdbc.sql("select count(*) from brokerage_answer where referral_id = ?")
                        .param(referral)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from brokerage_question where referral_id = ?")
                        .param(referral)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void providersAnswersAreListedPerProviderForTheCouncilAndItsConsortiumOnly() {
        long referral = frameworkRoundOpened();
        WebSession riverside = signedIn("provider.riverside");
        riverside.get("/portal/referrals/" + referral);
        riverside.post(
                "/portal/referrals/" + referral + "/refusals",
                Map.of("reason", "PRICE", "note", "Our fee for this is above the band"));

        String broker =
                signedIn("broker.northbridge").get("/brokerage/providers").body();
        assertThat(broker)
                .contains(
                        "Riverside Family Placements",
                        "Price: ",
                        "Our fee for this is above the band",
                        "/referrals/" + referral + "/search");
        String commissioner =
                signedIn("commissioner.threerivers").get("/brokerage/providers").body();
        assertThat(commissioner)
                .contains(
                        "Our fee for this is above the band",
                        "R" + String.format("%06d", referral) + ", Northbridge City Council")
                .as("no link to a child's referral for consortium staff")
                .doesNotContain("/referrals/" + referral + "/search");
        assertThat(signedIn("broker.eastmoor").get("/brokerage/providers").body())
                .doesNotContain("Our fee for this is above the band");
        assertThat(signedIn("provider.oakfield").get("/brokerage/providers").statusCode())
                .isEqualTo(403);
        assertThat(signedIn("sw.northbridge").get("/brokerage/providers").statusCode())
                .isEqualTo(403);
    }

    private static Map<String, String> offer(String home) {
        LocalDate from = LocalDate.now().plusDays(3);
        return Map.of(
                "home",
                home,
                "fromDay",
                String.valueOf(from.getDayOfMonth()),
                "fromMonth",
                String.valueOf(from.getMonthValue()),
                "fromYear",
                String.valueOf(from.getYear()),
                "weeklyFee",
                "900",
                "howNeedsAreMet",
                "As set out in our profile");
    }

    private long frameworkRoundOpened() {
        long child = jdbc.sql("""
                select c.id from children_child c join identity_local_authority la on la.id = c.local_authority_id where la.code = '991' order by c.id desc limit 1
                """).query(Long.class).single();
        long council = jdbc.sql("select local_authority_id from children_child where id = ?")
                .param(child)
                .query(Long.class)
                .single();
        long referral = jdbc.sql("""
                insert into referral_referral (local_authority_id, child_id, status, details, created_by, submitted_on)
                values (?, ?, 'READY_TO_SEARCH', ?::jsonb, 'sw.northbridge', ?) returning id
                """)
                .params(
                        council,
                        child,
                        JsonMapper.builder()
                                .build()
                                .writeValueAsString(ReferralFixtures.aCompleteReferral(LocalDate.now())),
                        LocalDate.now())
                .query(Long.class)
                .single();
        WebSession broker = signedIn("broker.northbridge");
        broker.get("/referrals/" + referral + "/search");
        assertThat(broker.post("/referrals/" + referral + "/search/rounds", Map.of("kind", "FRAMEWORK", "step", "send"))
                        .statusCode())
                .isEqualTo(302);
        return referral;
    }

    private WebSession signedIn(String username) {
        WebSession session = new WebSession(port);
        session.signIn(username, DemoAccounts.PASSWORD);
        return session;
    }
}
