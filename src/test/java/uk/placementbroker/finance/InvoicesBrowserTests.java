package uk.placementbroker.finance;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
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
 * Money in a browser: the provider sends an invoice that over-claims the fee; the finance officer sees it flagged with
 * the reason and queries it; the provider answers with a credit note; the finance officer approves it and makes the
 * payment batch, which downloads; the provider sees which batch paid it.
 */
@IntegrationTest
class InvoicesBrowserTests {

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
    void anOverClaimIsQueriedCreditedApprovedAndPaidInABatch() {
        PlacementFixtures fixtures = new PlacementFixtures(jdbc, referrals, rounds, answers, decisions, market);
        long referral = fixtures.placedInNorthbridge();
        long placement = jdbc.sql("select id from placement_placement where referral_id = ?")
                .param(referral)
                .query(Long.class)
                .single();
        fixtures.startedDaysAgo(placement, 40);
        LocalDate from = LocalDate.now().minusDays(40);
        LocalDate to = from.plusDays(27);
        String number = "OF-B" + System.nanoTime() % 1_000_000;
        try (BrowserPages.Window window = browser.newWindow().signIn("provider.oakfield", DemoAccounts.PASSWORD)) {
            window.open("/portal/invoices");
            window.page().locator("#new-invoice").click();
            window.page().locator("#placement-" + placement).check();
            window.page().getByLabel("Invoice number").fill(number);
            window.page().locator("#fromDay").fill(String.valueOf(from.getDayOfMonth()));
            window.page().locator("#fromMonth").fill(String.valueOf(from.getMonthValue()));
            window.page().locator("#fromYear").fill(String.valueOf(from.getYear()));
            window.page().locator("#toDay").fill(String.valueOf(to.getDayOfMonth()));
            window.page().locator("#toMonth").fill(String.valueOf(to.getMonthValue()));
            window.page().locator("#toYear").fill(String.valueOf(to.getYear()));
            window.page().locator("#daysACCOMMODATION_AND_CARE").fill("28");
            window.page().locator("#rateACCOMMODATION_AND_CARE").fill("135");
            window.page().locator("#amountACCOMMODATION_AND_CARE").fill("3780");
            window.page().locator("#daysONE_TO_ONE").fill("28");
            window.page().locator("#rateONE_TO_ONE").fill("17.14");
            window.page().locator("#amountONE_TO_ONE").fill("479.92");
            window.check("invoice-form");
            window.page().locator("#send").click();
            assertThat(window.page().locator("#lines").innerText()).contains("Over-claimed by £180.04");
            window.check("invoice-sent");
        }
        long invoice = jdbc.sql("select id from finance_invoice where number = ?")
                .param(number)
                .query(Long.class)
                .single();
        try (BrowserPages.Window window = browser.newWindow().signIn("finance.northbridge", DemoAccounts.PASSWORD)) {
            window.open("/finance/invoices");
            window.check("finance-queue");
            window.open("/finance/invoices/" + invoice);
            assertThat(window.page().locator("#flags").innerText()).contains("A rate above the contract");
            window.check("finance-invoice-flagged");
            window.page().getByText("Query it with the provider").click();
            window.page().getByLabel("What you ask the provider").fill("The fee is £900 a week: please credit £180.04");
            window.page().locator("#send-query").click();
            assertThat(window.page().locator("#state").innerText()).isEqualTo("Queried with the provider");
        }
        try (BrowserPages.Window window = browser.newWindow().signIn("provider.oakfield", DemoAccounts.PASSWORD)) {
            window.open("/portal/invoices/" + invoice);
            window.page().getByLabel("Your answer").fill("Agreed: our mistake, credit note attached");
            window.page().getByLabel("A credit note").fill("180.04");
            window.check("invoice-query-to-answer");
            window.page().locator("#answer-query").click();
            assertThat(window.page().locator("#state").innerText()).isEqualTo("To check");
        }
        try (BrowserPages.Window window = browser.newWindow().signIn("finance.northbridge", DemoAccounts.PASSWORD)) {
            window.open("/finance/invoices/" + invoice);
            window.page().locator("#approve-reconciled").click();
            assertThat(window.page().locator("#state").innerText()).isEqualTo("Approved");
            window.open("/finance/invoices");
            window.page().locator("#export").click();
            window.check("finance-batch-made");
            String csv = window.page()
                    .request()
                    .get(window.page().locator("#batches a").first().getAttribute("href"))
                    .text();
            assertThat(csv).contains(number, "4079.88");
        }
        try (BrowserPages.Window window = browser.newWindow().signIn("provider.oakfield", DemoAccounts.PASSWORD)) {
            window.open("/portal/invoices");
            assertThat(window.page().locator("#invoices").innerText()).contains("Paid in batch");
            window.check("invoice-remittance");
        }
    }
}
