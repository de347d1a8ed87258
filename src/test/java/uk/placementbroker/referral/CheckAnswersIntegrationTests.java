package uk.placementbroker.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.identity.Role;
import uk.placementbroker.shared.Need;
import uk.placementbroker.support.DemoAccounts;
import uk.placementbroker.support.IntegrationTest;
import uk.placementbroker.support.ReferralFixtures;
import uk.placementbroker.support.WebSession;

/** Check your answers shows every answer saved, and a change made from it comes back to it. */
@IntegrationTest
class CheckAnswersIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Referrals referrals;

    @Test
    void everyAnswerIsShownWithTheChildsRecordsWordsAndAChangeComesBackHere() {
        long child = jdbc.sql("""
                select c.id from children_child c join identity_local_authority la on la.id = c.local_authority_id
                where la.code = '991' and c.ethnicity = 'WBRI' and c.home_postcode is not null
                  and not exists (select 1 from referral_referral r where r.child_id = c.id)
                order by c.id desc limit 1
                """).query(Long.class).single();
        String homePostcode = jdbc.sql("select home_postcode from children_child where id = ?")
                .param(child)
                .query(String.class)
                .single();
        WebSession socialWorker = new WebSession(port);
        socialWorker.signIn("sw.northbridge", DemoAccounts.PASSWORD);
        socialWorker.get("/referrals/new");
        String started = socialWorker
                .post("/referrals", Map.of("child", String.valueOf(child)))
                .headers()
                .firstValue("Location")
                .orElseThrow();
        long referral = Long.parseLong(started.replaceAll(".*/referrals/(\\d+)/.*", "$1"));

        String draft = socialWorker.get("/referrals/" + referral).body();
        assertThat(draft)
                .as("where the child lives and their ethnicity come from the child's record, in words")
                .contains(homePostcode, "White British")
                .doesNotContain(">WBRI<")
                .as("and the social worker is pointed to the names to keep from providers")
                .contains("No other names are recorded on the child’s record", "/children/" + child + "#other-names");

        referrals.saveAnswers(socialWorker(), referral, everyAnswer());
        String check = socialWorker.get("/referrals/" + referral).body();
        assertThat(check)
                .contains(
                        "Roman Catholic",
                        "Celebrates Eid with her aunt",
                        "Yes: the placement may restrict the child’s liberty",
                        "Makaton",
                        "Taxis to school: arranged by the school",
                        "CAMHS appointments weekly",
                        "Includes the school transport",
                        "Near her grandmother",
                        "Missing episodes (essential: the home must specialise in it)",
                        "£950");
        assertThat(check).contains("href=\"/referrals/" + referral + "/living?from=check\"");

        socialWorker.get("/referrals/" + referral + "/location?from=check");
        HttpResponse<String> saved = socialWorker.post(
                "/referrals/" + referral + "/location",
                Map.of(
                        "from", "check",
                        "homePostcode", homePostcode,
                        "maximumMiles", "25",
                        "areaPreference", "IN_AREA"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow())
                .as("back to check your answers, at the part changed")
                .endsWith("/referrals/" + referral + "#location");
    }

    @Test
    void aReturnedReferralShowsTheBrokersCommentsAboveTheBoxThatAnswersThem() {
        long referral = ReferralFixtures.readyToSearchInNorthbridge(jdbc, referrals);
        jdbc.sql("update referral_referral set status = 'AWAITING_QUALITY_CHECK' where id = ?")
                .param(referral)
                .update();
        referrals.check(
                ReferralFixtures.northbridgeStaff(jdbc, "broker.northbridge", Role.BROKER),
                referral,
                false,
                "Say how far she travels to school now");
        WebSession socialWorker = new WebSession(port);
        socialWorker.signIn("sw.northbridge", DemoAccounts.PASSWORD);

        String page = socialWorker.get("/referrals/" + referral).body();

        int comments = page.indexOf("Say how far she travels to school now", page.indexOf("id=\"returned-with\""));
        assertThat(comments).isPositive();
        assertThat(page.indexOf("Your answer to the comments")).isGreaterThan(comments);
        assertThat(page).contains("Returned by broker.northbridge");
    }

    private CurrentUser socialWorker() {
        return ReferralFixtures.northbridgeStaff(jdbc, "sw.northbridge", Role.SOCIAL_WORKER);
    }

    private static ReferralDetails everyAnswer() {
        ReferralDetails complete = ReferralFixtures.aCompleteReferral(LocalDate.now());
        return new ReferralDetails(
                complete.suitability(),
                complete.otherTypes(),
                complete.urgency(),
                complete.neededBy(),
                complete.expectedDuration(),
                complete.siblingsToPlaceWith(),
                complete.homePostcode(),
                complete.schoolPostcode(),
                complete.maximumMiles(),
                complete.areasToAvoid(),
                complete.areaPreference(),
                "Near her grandmother",
                Set.of(Need.MISSING_EPISODES, Need.EDUCATION),
                Set.of(Need.MISSING_EPISODES),
                null,
                null,
                "WBRI",
                "Roman Catholic",
                "English",
                false,
                Set.of(ReferralDetails.Communication.MAKATON),
                ReferralDetails.CulturalNeeds.REQUIRED,
                "Celebrates Eid with her aunt",
                false,
                List.of(),
                complete.alongside(),
                complete.pets(),
                true,
                complete.additionalSupport(),
                "arranged by the school",
                complete.essentialCriteria(),
                complete.preferences(),
                complete.outcomes(),
                "CAMHS appointments weekly",
                950,
                "Includes the school transport");
    }
}
