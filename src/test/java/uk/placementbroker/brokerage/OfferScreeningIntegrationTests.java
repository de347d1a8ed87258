package uk.placementbroker.brokerage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.placementbroker.identity.Role;
import uk.placementbroker.referral.Referrals;
import uk.placementbroker.shared.HomeRef;
import uk.placementbroker.shared.Money;
import uk.placementbroker.shared.Refused;
import uk.placementbroker.support.DemoAccounts;
import uk.placementbroker.support.IntegrationTest;
import uk.placementbroker.support.ReferralFixtures;
import uk.placementbroker.support.WebSession;

/** The screening page shows the broker what an offer says and costs, and the criteria only a person can check. */
@IntegrationTest
class OfferScreeningIntegrationTests {

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
    CriterionChecks checks;

    @Test
    void eachOfferShowsItsOwnWordsOneOffCostsDistanceAndTheCriteriaCheckedByHand() {
        long referral = ReferralFixtures.readyToSearchInNorthbridge(jdbc, referrals);
        rounds.open(
                ReferralFixtures.northbridgeStaff(jdbc, "broker.northbridge", Role.BROKER),
                referral,
                RoundKind.FRAMEWORK);
        long offer = answers.offer(
                ReferralFixtures.providerUser(jdbc, "Oakfield Fostering"),
                referral,
                new Answers.Offer(
                        HomeRef.fromKey(aHomeThatMeetsEveryCriterion()).orElseThrow(),
                        LocalDate.now().plusDays(2),
                        Money.pounds(880),
                        BigDecimal.ZERO,
                        Money.ZERO,
                        Money.ZERO,
                        Money.ZERO,
                        Money.ZERO,
                        Money.pounds(250),
                        "Both carers are trained in missing episodes; the school is a 10-minute walk."));
        WebSession broker = new WebSession(port);
        broker.signIn("broker.northbridge", DemoAccounts.PASSWORD);

        String page = broker.get("/referrals/" + referral + "/search").body();

        assertThat(page)
                .as(page.substring(Math.max(0, page.indexOf("Screened out"))))
                .contains("id=\"offers\"");
        String row =
                page.substring(page.indexOf("id=\"offers\""), page.indexOf("</table>", page.indexOf("id=\"offers\"")));
        assertThat(row)
                .contains("Offers that meet every essential criterion, best first</caption>")
                .contains("One-off costs £250", "miles from home", "free from")
                .contains("How it meets the needs and outcomes", "Both carers are trained in missing episodes")
                .contains("Checked by hand: 0 of 2")
                .doesNotContain("fails an essential criterion");
        assertThat(page)
                .contains("Essential criteria to check by hand", "Within 20 miles of her school in Northampton");

        broker.post(
                "/referrals/" + referral + "/offers/" + offer + "/checks",
                Map.of("met", "Carers trained in responding to missing episodes"));

        assertThat(broker.get("/referrals/" + referral + "/search").body()).contains("Checked by hand: 1 of 2");
        assertThat(checks.of(referral))
                .isEqualTo(Map.of(offer, Set.of("Carers trained in responding to missing episodes")));
        assertThat(broker.post(
                                "/referrals/" + referral + "/offers/" + offer + "/checks",
                                Map.of("met", "Anything at all"))
                        .body())
                .contains("Tick only the referral&#39;s own essential criteria");
        assertThatThrownBy(() -> checks.record(
                        ReferralFixtures.northbridgeStaff(jdbc, "sw.northbridge", Role.SOCIAL_WORKER),
                        referral,
                        offer,
                        Set.of()))
                .isInstanceOf(Refused.class);
        assertThat(checks.of(referral).get(offer)).hasSize(1);
    }

    /** One of Oakfield's households made to take the fixture's child: a girl of any age, near Northampton, skilled in missing episodes. */
    private String aHomeThatMeetsEveryCriterion() {
        String home = ReferralFixtures.oakfieldHousehold(jdbc, 15);
        jdbc.sql("""
                update market_foster_household set minimum_age = 0, maximum_age = 17, approved_children = 2,
                    sexes = '{MALE,FEMALE}', specialisms = '{MISSING_EPISODES,EDUCATION}', pets = false,
                    youngest_other_child = null, adaptations = '{}', latitude = 52.2405, longitude = -0.9027,
                    outward_code = 'NN3', district = 'Northampton'
                where id = ?
                """).param(Long.parseLong(home.substring(1))).update();
        return home;
    }
}
