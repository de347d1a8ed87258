package uk.placementbroker.placement;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.placementbroker.brokerage.Answers;
import uk.placementbroker.brokerage.Decisions;
import uk.placementbroker.brokerage.Rounds;
import uk.placementbroker.market.MarketRecords;
import uk.placementbroker.referral.Referrals;
import uk.placementbroker.support.BrowserPages;
import uk.placementbroker.support.DemoAccounts;
import uk.placementbroker.support.IntegrationTest;
import uk.placementbroker.support.PlacementFixtures;
import uk.placementbroker.support.TestMailServer;

/**
 * A placement's life in a browser: the broker opens the placement from the choice, completes the drafted contract and
 * issues it; the team manager signs it for the council; the provider reads it in the portal and accepts it; the
 * reviewing officer records the first review; the provider asks for more 1:1 support, the broker agrees, the head of
 * service approves the price above the threshold; the broker records an unplanned ending; the figures show it.
 */
@IntegrationTest
class ContractBrowserTests {

    @RegisterExtension
    static final GreenMailExtension smtp = TestMailServer.perTest();

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

    private static BrowserPages browser;

    @BeforeAll
    static void startBrowser(@Value("${local.server.port}") int port) {
        browser = new BrowserPages(port);
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void fromTheContractThroughAReviewAndAChangeOfPriceToAnUnplannedEnding() {
        PlacementFixtures fixtures = new PlacementFixtures(jdbc, referrals, rounds, answers, decisions, market);
        long referral = fixtures.placedInNorthbridge();
        LocalDate by = LocalDate.now().plusMonths(6);
        try (BrowserPages.Window window = browser.newWindow().signIn("broker.northbridge", DemoAccounts.PASSWORD)) {
            window.open("/referrals/" + referral + "/choice");
            window.page().locator("#placement-link").click();
            window.check("placement-drafted");
            window.page().getByLabel("Council contact for this placement").fill("Northbridge brokerage, 01234 567890");
            window.page().getByLabel("Provider’s legal name").fill("Oakfield Fostering Ltd");
            window.page()
                    .getByLabel("What the weekly price includes")
                    .fill("Care, food, clothing, pocket money and contact");
            for (int i = 0; i < 2; i++) {
                window.page().locator("#outcome" + i + "Measure").fill("Recorded at each review");
                window.page().locator("#outcome" + i + "ByDay").fill(String.valueOf(by.getDayOfMonth()));
                window.page().locator("#outcome" + i + "ByMonth").fill(String.valueOf(by.getMonthValue()));
                window.page().locator("#outcome" + i + "ByYear").fill(String.valueOf(by.getYear()));
            }
            window.page()
                    .getByRole(
                            AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and issue it to both parties"))
                    .click();
            assertThat(window.page().locator("#contract-state").innerText()).contains("Issued");
            window.check("placement-contract-issued");
            window.page().locator("#contract-document").click();
            window.check("placement-contract-document");
            assertThat(window.heading()).isEqualTo("Individual Placement Contract");
        }
        try (BrowserPages.Window window = browser.newWindow().signIn("tm.northbridge", DemoAccounts.PASSWORD)) {
            window.open("/referrals/" + referral + "/placed");
            window.page().locator("#sign").click();
            assertThat(window.page().locator("#contract-state").innerText()).contains("Signed for the council");
        }
        try (BrowserPages.Window window = browser.newWindow().signIn("provider.oakfield", DemoAccounts.PASSWORD)) {
            window.open("/portal/referrals/" + referral);
            window.page().locator("#placement-link").click();
            window.check("placement-provider-to-accept");
            window.page()
                    .getByLabel("Your name, as you accept this contract for the provider")
                    .fill("Ann Oakfield");
            window.page().locator("#accept").click();
            assertThat(window.page().locator("#contract-state").innerText()).contains("Agreed by both");
            window.check("placement-contract-agreed");
        }
        long placement = jdbc.sql("select id from placement_placement where referral_id = ?")
                .param(referral)
                .query(Long.class)
                .single();
        fixtures.startedDaysAgo(placement, 14);
        LocalDate today = LocalDate.now();
        try (BrowserPages.Window window = browser.newWindow().signIn("iro.northbridge", DemoAccounts.PASSWORD)) {
            window.open("/placements/" + placement);
            window.page().getByText("Record a review").click();
            window.page().locator("#heldDay").fill(String.valueOf(today.getDayOfMonth()));
            window.page().locator("#heldMonth").fill(String.valueOf(today.getMonthValue()));
            window.page().locator("#heldYear").fill(String.valueOf(today.getYear()));
            window.page().getByLabel("Who took part").fill("The child, the carers, the social worker, the IRO");
            window.page().getByLabel("The child’s view").fill("Likes the carers and the dog; misses her friends");
            window.page().locator("#rating0-NOT_ON_TRACK").check();
            window.page().locator("#note0").fill("Missed three days in the first fortnight");
            window.page().locator("#rating1-ON_TRACK").check();
            window.page().locator("#stable-yes").check();
            window.page().locator("#record").click();
            assertThat(window.page()
                            .locator("#reviews ~ .govuk-summary-card")
                            .first()
                            .innerText())
                    .contains("Not on track", "Missed three days in the first fortnight");
            window.check("placement-reviewed");
        }
        try (BrowserPages.Window window = browser.newWindow().signIn("provider.oakfield", DemoAccounts.PASSWORD)) {
            window.open("/placements/" + placement);
            window.page().getByText("Ask for a change to the price").click();
            LocalDate effective = today.plusDays(7);
            window.page().locator("#effectiveDay").fill(String.valueOf(effective.getDayOfMonth()));
            window.page().locator("#effectiveMonth").fill(String.valueOf(effective.getMonthValue()));
            window.page().locator("#effectiveYear").fill(String.valueOf(effective.getYear()));
            window.page().locator("#variationReason-NEEDS_CHANGED").check();
            window.page().getByLabel("What has changed").fill("Missing episodes at night: waking night support agreed");
            window.page().locator("#newONE_TO_ONEHours").fill("40");
            window.page().locator("#newONE_TO_ONE").fill("110");
            window.page().locator("#ask-for-variation").click();
            assertThat(window.page()
                            .locator("#variations ~ .govuk-summary-card")
                            .first()
                            .innerText())
                    .contains("Asked by the provider: waiting for the broker");
            window.check("placement-variation-asked");
        }
        long variation = jdbc.sql("select id from placement_variation where placement_id = ?")
                .param(placement)
                .query(Long.class)
                .single();
        try (BrowserPages.Window window = browser.newWindow().signIn("broker.northbridge", DemoAccounts.PASSWORD)) {
            window.open("/placements/" + placement);
            window.page().locator("#agree-" + variation).click();
            assertThat(window.page().locator("#variation-" + variation).innerText())
                    .contains("Waiting for the head of service");
        }
        try (BrowserPages.Window window = browser.newWindow().signIn("hos.northbridge", DemoAccounts.PASSWORD)) {
            window.open("/placements");
            window.check("placements-variations-waiting");
            window.page().locator("#waiting-variations a").first().click();
            window.page().locator("#approve-" + variation).click();
            assertThat(window.page().locator("#contract-state").innerText()).contains("Version 2");
            assertThat(window.page().locator("#price-history").textContent())
                    .contains("6 hours at £20", "40 hours at £110", "While it lasts");
            window.check("placement-variation-approved");
        }
        try (BrowserPages.Window window = browser.newWindow().signIn("broker.northbridge", DemoAccounts.PASSWORD)) {
            window.open("/placements/" + placement);
            window.page().getByText("Record the end of the placement").first().click();
            window.page().locator("#planned-no").check();
            window.page().locator("#endDay").fill(String.valueOf(today.getDayOfMonth()));
            window.page().locator("#endMonth").fill(String.valueOf(today.getMonthValue()));
            window.page().locator("#endYear").fill(String.valueOf(today.getYear()));
            window.page().locator("#reason-CREQB").check();
            window.page().locator("#destination-ANOTHER_PLACEMENT").check();
            window.page().locator("#end").click();
            assertThat(window.page().locator("#state").innerText()).startsWith("Ended on");
            window.check("placement-ended");
        }
        try (BrowserPages.Window window = browser.newWindow().signIn("tm.northbridge", DemoAccounts.PASSWORD)) {
            window.open("/insight");
            assertThat(window.page().locator("#endings-by-provider").innerText())
                    .contains("Oakfield Fostering");
            window.page().locator("#placement-endings").scrollIntoViewIfNeeded();
            window.check("insight-placement-endings");
        }
        try (BrowserPages.Window window = browser.newWindow().signIn("provider.oakfield", DemoAccounts.PASSWORD)) {
            assertThat(window.page().navigate("/placements/" + placement).status())
                    .as("the provider, once it has ended")
                    .isEqualTo(404);
        }
    }
}
