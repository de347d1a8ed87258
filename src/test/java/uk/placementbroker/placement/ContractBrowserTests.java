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
 * The contract in a browser: the broker opens the placement from the choice, completes the drafted contract and
 * issues it; the team manager signs it for the council; the provider reads it in the portal and accepts it.
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
    void theBrokerIssuesTheContractTheManagerSignsItAndTheProviderAcceptsIt() {
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
    }
}
