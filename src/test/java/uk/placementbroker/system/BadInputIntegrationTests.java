package uk.placementbroker.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.placementbroker.referral.Referrals;
import uk.placementbroker.support.DemoAccounts;
import uk.placementbroker.support.IntegrationTest;
import uk.placementbroker.support.ReferralFixtures;
import uk.placementbroker.support.WebSession;

/**
 * Values no page can read (a NUL byte, a number that is not one, an option that does not exist) get the GOV.UK
 * error summary naming the field, or problem details with the invalid parameters; never a bare 400 or a 500, and
 * nothing saved. (Issue 15, items 1 and 2, in part.)
 */
@IntegrationTest
class BadInputIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Referrals referrals;

    @Test
    void aNulByteInAnySearchOrFieldIsRefusedWithTheFieldNamed() {
        WebSession socialWorker = signedIn("sw.northbridge");
        HttpResponse<String> search = socialWorker.get("/children?search=%00");
        assertThat(search.statusCode()).isEqualTo(400);
        assertThat(search.body()).contains("There is a problem", "Enter the search without the control character");

        HttpResponse<String> audit = signedIn("admin.northbridge").get("/admin/audit?actor=a%00b");
        assertThat(audit.statusCode()).isEqualTo(400);
        assertThat(audit.body()).contains("the actor");

        long draft = jdbc.sql("""
                select r.id from referral_referral r join identity_local_authority la on la.id = r.local_authority_id
                where la.code = '991' and r.status = 'DRAFT' and r.created_by = 'sw.northbridge' order by r.id limit 1
                """).query(Long.class).optional().orElseGet(() -> startDraft(socialWorker));
        String before = detailsOf(draft);
        socialWorker.get("/referrals/" + draft + "/placement");
        HttpResponse<String> saved =
                socialWorker.post("/referrals/" + draft + "/placement", Map.of("expectedDuration", "Long\u0000term"));
        assertThat(saved.statusCode()).isEqualTo(400);
        assertThat(saved.body()).contains("Enter the expected duration without the control character");
        assertThat(detailsOf(draft)).as("nothing saved").isEqualTo(before);
    }

    @Test
    void valuesThatCannotBeReadGetAPageThatSaysWhich() {
        WebSession socialWorker = signedIn("sw.northbridge");
        socialWorker.get("/referrals/new");
        HttpResponse<String> child = socialWorker.post("/referrals", Map.of("child", "abc"));
        assertThat(child.statusCode()).isEqualTo(400);
        assertThat(child.body()).contains("There is a problem", "Enter the child as a whole number");

        WebSession broker = signedIn("broker.northbridge");
        HttpResponse<String> market = broker.get("/market/search?placementTypes=CASTLE&run=1");
        assertThat(market.statusCode()).isEqualTo(400);
        assertThat(market.body()).contains("There is a problem", "the placement types");

        long referral = ReferralFixtures.readyToSearchInNorthbridge(jdbc, referrals);
        broker.get("/referrals/" + referral + "/search");
        HttpResponse<String> choice = broker.post("/referrals/" + referral + "/choice/send", Map.of("answers", "abc"));
        assertThat(choice.statusCode()).isEqualTo(400);
        assertThat(choice.body()).contains("There is a problem", "the answers");
    }

    @Test
    void aRequestForJsonGetsProblemDetailsWithTheInvalidParameters() {
        HttpResponse<String> json = signedIn("sw.northbridge").getJson("/children?search=%00");
        assertThat(json.statusCode()).isEqualTo(400);
        assertThat(json.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(json.body()).contains("\"invalid-params\"", "\"name\":\"search\"");
    }

    @Test
    void textPastTheLimitDatesFarOffAndUnknownOptionsAreRefusedOnTheFormByNameAndNothingIsSaved() {
        WebSession socialWorker = signedIn("sw.northbridge");
        long draft = startDraft(socialWorker);
        String before = detailsOf(draft);

        socialWorker.get("/referrals/" + draft + "/needs");
        HttpResponse<String> tooLong =
                socialWorker.post("/referrals/" + draft + "/needs", Map.of("riskToChildOther", "a".repeat(1_500_000)));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("Enter the risk to child other in 5,000 characters or fewer");
        assertThat(socialWorker.get("/referrals/" + draft + "/needs").body())
                .as("the limit is said under the box")
                .contains("You can enter up to 5,000 characters");

        socialWorker.get("/referrals/" + draft + "/placement");
        String farOff = socialWorker
                .post(
                        "/referrals/" + draft + "/placement",
                        Map.of("neededByDay", "1", "neededByMonth", "1", "neededByYear", "99999999"))
                .body();
        assertThat(farOff).contains("There is a problem", "as a real date within two years");
        String unknown = socialWorker
                .post(
                        "/referrals/" + draft + "/placement",
                        Map.of("suitability-FOSTERING", "CASTLE", "urgency", "WHENEVER"))
                .body();
        assertThat(unknown)
                .contains("There is a problem", "Choose one of the options listed", "#suitability-FOSTERING");
        assertThat(detailsOf(draft)).as("nothing saved").isEqualTo(before);

        WebSession administrator = signedIn("admin.northbridge");
        administrator.get("/admin/users/new");
        HttpResponse<String> bogusRole = administrator.post(
                "/admin/users/new",
                Map.of(
                        "username",
                        "bogus.role",
                        "displayName",
                        "Bogus",
                        "email",
                        "bogus@example.org",
                        "roles",
                        "BOGUS"));
        assertThat(bogusRole.statusCode()).isIn(200, 400);
        assertThat(bogusRole.body()).contains("There is a problem").containsIgnoringCase("role");
        assertThat(jdbc.sql("select count(*) from identity_user_account where username = 'bogus.role'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private long startDraft(WebSession socialWorker) {
        long child = jdbc.sql("""
                select c.id from children_child c join identity_local_authority la on la.id = c.local_authority_id
                where la.code = '991' order by c.id limit 1
                """).query(Long.class).single();
        socialWorker.get("/referrals/new");
        HttpResponse<String> started = socialWorker.post("/referrals", Map.of("child", String.valueOf(child)));
        return Long.parseLong(
                started.headers().firstValue("Location").orElseThrow().replaceAll(".*/referrals/(\\d+)/.*", "$1"));
    }

    private String detailsOf(long referral) {
        return jdbc.sql("select details::text from referral_referral where id = ?")
                .param(referral)
                .query(String.class)
                .single();
    }

    private WebSession signedIn(String username) {
        WebSession session = new WebSession(port);
        session.signIn(username, DemoAccounts.PASSWORD);
        return session;
    }
}
