package uk.placementbroker.brokerage;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.placementbroker.referral.Referrals;
import uk.placementbroker.support.BrowserPages;
import uk.placementbroker.support.DemoAccounts;
import uk.placementbroker.support.IntegrationTest;
import uk.placementbroker.support.ReferralFixtures;

/**
 * The in-house round in a browser: the broker asks the council's own carers first; the fostering team finds the
 * referral on its home page, reads it in full and offers a carer; the broker sees the offer, and records by phone
 * the team's answer to another referral.
 */
@IntegrationTest
class InHouseBrowserTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Referrals referrals;

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
    void theFosteringTeamOffersOneOfTheCouncilsCarersAndTheBrokerRecordsAnAnswerGivenByPhone() {
        long referral = ReferralFixtures.readyToSearchInNorthbridge(jdbc, referrals);
        long byPhone = ReferralFixtures.readyToSearchInNorthbridge(jdbc, referrals);
        String child = jdbc.sql("""
                select c.first_name || ' ' || c.last_name from children_child c join referral_referral r on r.child_id = c.id where r.id = ?
                """).param(referral).query(String.class).single();
        try (BrowserPages.Window window = browser.newWindow().signIn("broker.northbridge", DemoAccounts.PASSWORD)) {
            for (long asked : new long[] {referral, byPhone}) {
                window.open("/referrals/" + asked + "/search");
                window.page().getByLabel("The council's own foster carers").check();
                window.page()
                        .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check who it will ask"))
                        .click();
                window.page()
                        .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the referral"))
                        .click();
                assertThat(window.page().locator(".govuk-notification-banner").innerText())
                        .contains("asked");
            }
        }

        try (BrowserPages.Window window = browser.newWindow().signIn("fostering.northbridge", DemoAccounts.PASSWORD)) {
            window.check("in-house-home");
            assertThat(window.page().locator("#waiting-for-you").isVisible()).isTrue();
            window.page()
                    .getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Referrals").setExact(true))
                    .click();
            window.check("in-house-referrals");
            window.page()
                    .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(child))
                    .first()
                    .click();
            window.check("in-house-referral");
            window.page()
                    .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Read the referral in full"))
                    .click();
            window.check("in-house-referral-in-full");
            assertThat(window.page().locator("body").innerText()).contains(child, "Attends school every day");
            window.page()
                    .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Answer for our carers"))
                    .click();
            window.page()
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the offer"))
                    .click();
            window.check("in-house-offer-errors");
            assertThat(window.page().locator(".govuk-error-summary").innerText())
                    .contains("Choose the home you are offering");
            LocalDate from = LocalDate.now().plusDays(4);
            window.page().getByLabel("The carers you offer").selectOption(new SelectOption().setIndex(1));
            window.page().locator("#fromDay").fill(String.valueOf(from.getDayOfMonth()));
            window.page().locator("#fromMonth").fill(String.valueOf(from.getMonthValue()));
            window.page().locator("#fromYear").fill(String.valueOf(from.getYear()));
            window.page().locator("#weeklyFee").fill("430");
            window.page()
                    .getByLabel("How you will meet each need and outcome")
                    .fill("Experienced carers trained in missing-from-care protocols, a mile from her school.");
            window.page()
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the offer"))
                    .click();
            window.check("in-house-offer-sent");
            assertThat(window.page().locator("body").innerText())
                    .contains("Offer sent to the broker", "Offer of Foster household");
        }

        try (BrowserPages.Window window = browser.newWindow().signIn("broker.northbridge", DemoAccounts.PASSWORD)) {
            window.open("/referrals/" + referral + "/search");
            assertThat(window.page().locator("body").innerText()).contains("Foster household IH");
            window.open("/referrals/" + byPhone + "/search");
            window.page()
                    .getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Record the fostering team’s answer given by phone"))
                    .click();
            window.check("in-house-by-phone");
            window.page().getByLabel("No vacancy").check();
            window.page()
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the answer"))
                    .click();
            window.check("in-house-by-phone-error");
            assertThat(window.page().locator(".govuk-error-summary").innerText())
                    .contains("Enter the name of the person in the fostering team");
            window.page().locator("#refusalGivenBy").fill("Sam Okafor, fostering duty worker");
            window.page().getByLabel("No vacancy").check();
            window.page()
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the answer"))
                    .click();
            window.check("in-house-by-phone-recorded");
            assertThat(window.page().locator("body").innerText())
                    .contains("Given by phone by Sam Okafor, fostering duty worker, recorded by broker.northbridge");
        }
    }
}
