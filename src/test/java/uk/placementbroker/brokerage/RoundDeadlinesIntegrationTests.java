package uk.placementbroker.brokerage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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

/** The broker sets a round's deadline, sees who it will ask before it goes, and is told what to do when nobody is left. */
@IntegrationTest
class RoundDeadlinesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Referrals referrals;

    @Test
    void theBrokerSeesWhoARoundWillAskThenSendsItWithTheDeadlineSet() {
        long referral = ReferralFixtures.readyToSearchInNorthbridge(jdbc, referrals);
        WebSession broker = signedIn();
        String search = broker.get("/referrals/" + referral + "/search").body();
        LocalDate inThreeDays = LocalDate.now(ZoneId.of("Europe/London")).plusDays(3);
        assertThat(search)
                .as("the deadline from the referral's urgency is filled in")
                .contains("Answers due by");

        Map<String, String> round = Map.of(
                "kind", "FRAMEWORK",
                "deadlineDay", String.valueOf(inThreeDays.getDayOfMonth()),
                "deadlineMonth", String.valueOf(inThreeDays.getMonthValue()),
                "deadlineYear", String.valueOf(inThreeDays.getYear()),
                "deadlineTime", "12:30");
        String preview =
                broker.post("/referrals/" + referral + "/search/rounds", round).body();

        assertThat(preview).contains("It will ask these", "Oakfield Fostering", "12:30", "Send the referral to");
        assertThat(rounds(referral)).as("nothing is sent by checking").isZero();

        java.util.Map<String, String> send = new java.util.HashMap<>(round);
        send.put("step", "send");
        broker.post("/referrals/" + referral + "/search/rounds", send);

        assertThat(rounds(referral)).isEqualTo(1);
        Instant respondBy = jdbc.sql("select respond_by from brokerage_round where referral_id = ?")
                .param(referral)
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
        assertThat(respondBy)
                .isEqualTo(inThreeDays
                        .atTime(12, 30)
                        .atZone(ZoneId.of("Europe/London"))
                        .toInstant());
    }

    @Test
    void aDeadlineThatIsNotRealOrHasPassedIsRefusedWithWords() {
        long referral = ReferralFixtures.readyToSearchInNorthbridge(jdbc, referrals);
        WebSession broker = signedIn();
        broker.get("/referrals/" + referral + "/search");

        HttpResponse<String> notADate = broker.post(
                "/referrals/" + referral + "/search/rounds",
                Map.of(
                        "kind",
                        "FRAMEWORK",
                        "step",
                        "send",
                        "deadlineDay",
                        "31",
                        "deadlineMonth",
                        "2",
                        "deadlineYear",
                        "2027"));
        HttpResponse<String> passed = broker.post(
                "/referrals/" + referral + "/search/rounds",
                Map.of(
                        "kind",
                        "FRAMEWORK",
                        "step",
                        "send",
                        "deadlineDay",
                        "1",
                        "deadlineMonth",
                        "1",
                        "deadlineYear",
                        "2020"));

        assertThat(notADate.body()).contains("There is a problem", "Enter the deadline as a real date and time");
        assertThat(passed.body()).contains("There is a problem", "Set a deadline for answers after now");
        assertThat(rounds(referral)).isZero();
    }

    @Test
    void whenTheLastRoundHasNobodyNewToAskThePageSaysWhatToDoNext() {
        long referral = ReferralFixtures.readyToSearchInNorthbridge(jdbc, referrals);
        WebSession broker = signedIn();
        broker.get("/referrals/" + referral + "/search");
        Map<String, String> spot = Map.of("kind", "SPOT", "step", "send");
        broker.post("/referrals/" + referral + "/search/rounds", spot);

        String page = broker.follow(broker.post("/referrals/" + referral + "/search/rounds", spot))
                .body();

        assertThat(page)
                .contains("Nobody new to ask among other providers (spot purchase)")
                .contains("widen the criteria with the social worker", "off the list by phone", "head of service")
                .doesNotContain("try the next round");
    }

    private long rounds(long referral) {
        return jdbc.sql("select count(*) from brokerage_round where referral_id = ?")
                .param(referral)
                .query(Long.class)
                .single();
    }

    private WebSession signedIn() {
        WebSession broker = new WebSession(port);
        broker.signIn("broker.northbridge", DemoAccounts.PASSWORD);
        return broker;
    }
}
