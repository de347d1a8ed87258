package uk.placementbroker.market;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import uk.placementbroker.support.BrowserPages;
import uk.placementbroker.support.DemoAccounts;
import uk.placementbroker.support.IntegrationTest;

/** A broker searches the demo market for a child, corrects the form, and reads why each home is where it is. */
@IntegrationTest
class MarketSearchBrowserTests {

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
    void aProviderKeepsItsVacanciesUpToDate() {
        try (BrowserPages.Window window = browser.newWindow().signIn("provider.harbour", DemoAccounts.PASSWORD)) {
            window.page()
                    .getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Vacancies").setExact(true))
                    .click();
            window.check("portal-vacancies");
            window.page()
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a vacancy"))
                    .click();
            window.page()
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the vacancy"))
                    .click();
            window.check("portal-vacancy-errors");
            assertThat(window.page().locator(".govuk-error-summary").innerText())
                    .contains("Select the home the vacancy is in");
            window.page()
                    .getByLabel("Home")
                    .selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
            window.page().getByLabel("Day").fill("1");
            window.page().getByLabel("Month").fill("2");
            window.page().getByLabel("Year").fill("2027");
            window.page().getByLabel("Weekly fee").fill("5200");
            window.page()
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the vacancy"))
                    .click();
            window.check("portal-vacancy-added");
            assertThat(window.page().locator(".govuk-notification-banner").innerText())
                    .contains("Vacancy added");
        }
    }

    @Test
    void aBrokerFindsRankedExplainedHomesForAChild() {
        try (BrowserPages.Window window = browser.newWindow().signIn("broker.northbridge", DemoAccounts.PASSWORD)) {
            window.page()
                    .getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Market").setExact(true))
                    .click();
            window.check("market-search");

            window.page().getByLabel("Postcode of the child's home").fill("ZZ99 9ZZ");
            window.page()
                    .getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Search").setExact(true))
                    .click();
            window.check("market-search-errors");
            assertThat(window.page().title()).startsWith("Error: ");
            assertThat(window.page().locator(".govuk-error-summary").innerText())
                    .contains(
                            "Enter the child's age in years", "Select the child's sex", "We do not know where ZZ99 is");

            window.page().getByLabel("Child's age").fill("13");
            window.page().getByLabel("Girl").check();
            window.page().getByLabel("Postcode of the child's home").fill("NN3 6AB");
            window.page()
                    .getByLabel("Postcode of the child's school (optional)")
                    .fill("NN1");
            window.page().getByLabel("Furthest from home, in miles (optional)").fill("40");
            window.page()
                    .getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Search").setExact(true))
                    .click();
            window.check("market-search-results");

            assertThat(window.page().locator("#results").innerText()).contains("could take the child");
            String firstRow = window.page().locator("tbody tr").first().innerText();
            assertThat(firstRow).contains("miles from school", "miles from home", "£");
            assertThat(firstRow)
                    .as("the council's own carers first, as brokers ask them first, and the explanation says so")
                    .contains("Northbridge Fostering Service", "In-house", "the council asks its own carers first");
            assertThat(window.page().locator("body").innerText()).contains("screened out", "Outside their age range");

            window.page().getByLabel("By score alone").check();
            window.page()
                    .getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Search").setExact(true))
                    .click();
            List<Integer> scores = window.page().locator("tbody tr td:nth-child(3)").allInnerTexts().stream()
                    .map(score -> Integer.parseInt(score.strip()))
                    .toList();
            assertThat(scores).as("by score alone").isSortedAccordingTo(java.util.Comparator.reverseOrder());

            window.page().getByLabel("Show").selectOption("inHouse");
            window.page()
                    .getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Search").setExact(true))
                    .click();
            window.check("market-search-in-house");
            assertThat(window.page().locator("tbody tr").first().innerText())
                    .contains("Northbridge Fostering Service", "In-house");
            assertThat(window.page().locator("table").first().innerText())
                    .doesNotContain("Eastmoor Fostering Service", "Westhaven Fostering Service");
        }
    }
}
