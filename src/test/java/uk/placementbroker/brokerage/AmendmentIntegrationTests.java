package uk.placementbroker.brokerage;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.placementbroker.identity.Role;
import uk.placementbroker.referral.Referrals;
import uk.placementbroker.shared.Need;
import uk.placementbroker.support.DemoAccounts;
import uk.placementbroker.support.IntegrationTest;
import uk.placementbroker.support.ReferralFixtures;
import uk.placementbroker.support.TestMailServer;
import uk.placementbroker.support.WebSession;

/** The broker changes a referral while searching; the social worker is told, and every provider asked is sent the change. */
@IntegrationTest
class AmendmentIntegrationTests {

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

    @Test
    void anOverTickedSpecialismIsTakenOffAndEveryoneAskedIsToldWithoutWhoTheChildIs() throws Exception {
        long referral = ReferralFixtures.readyToSearchInNorthbridge(jdbc, referrals);
        int asked = rounds.open(
                        ReferralFixtures.northbridgeStaff(jdbc, "broker.northbridge", Role.BROKER),
                        referral,
                        RoundKind.FRAMEWORK)
                .size();
        String firstName = jdbc.sql(
                        "select c.first_name from children_child c join referral_referral r on r.child_id = c.id where r.id = ?")
                .param(referral)
                .query(String.class)
                .single();
        WebSession broker = new WebSession(port);
        broker.signIn("broker.northbridge", DemoAccounts.PASSWORD);
        assertThat(broker.get("/referrals/" + referral).body()).contains("/referrals/" + referral + "/needs");
        broker.get("/referrals/" + referral + "/needs");

        String withoutWhy = broker.post("/referrals/" + referral + "/needs", Map.of("needs", "EDUCATION"))
                .body();
        assertThat(withoutWhy).contains("There is a problem", "Say why you are changing the referral");

        broker.post(
                "/referrals/" + referral + "/needs",
                Map.of(
                        "needs",
                        "EDUCATION",
                        "why",
                        firstName
                                + "'s social worker agreed on 12/03/2026: no home within 20 miles specialises in missing episodes"));

        assertThat(referrals
                        .open(ReferralFixtures.northbridgeStaff(jdbc, "broker.northbridge", Role.BROKER), referral)
                        .orElseThrow()
                        .details()
                        .highNeeds())
                .doesNotContain(Need.MISSING_EPISODES);
        List<String> toProviders = mails("Referral R%06d: the council has changed it".formatted(referral), asked);
        assertThat(toProviders)
                .hasSize(asked)
                .allSatisfy(body -> assertThat(body)
                        .contains("[date]", "no home within 20 miles specialises", "/portal/referrals/" + referral)
                        .doesNotContainIgnoringCase(firstName));
        assertThat(mails("Referral R%06d: the broker changed the referral".formatted(referral), 1))
                .as("the social worker is told")
                .hasSize(1);
    }

    @Test
    void theSocialWorkerCannotChangeAReferralBeingSearchedFor() {
        long referral = ReferralFixtures.readyToSearchInNorthbridge(jdbc, referrals);
        WebSession socialWorker = new WebSession(port);
        socialWorker.signIn("sw.northbridge", DemoAccounts.PASSWORD);
        socialWorker.get("/referrals/" + referral + "/needs");

        assertThat(socialWorker
                        .post("/referrals/" + referral + "/needs", Map.of("needs", "EDUCATION"))
                        .statusCode())
                .isEqualTo(403);
    }

    private List<String> mails(String subject, int expected) throws InterruptedException {
        return TestMailServer.bodies(smtp, subject, expected);
    }
}
