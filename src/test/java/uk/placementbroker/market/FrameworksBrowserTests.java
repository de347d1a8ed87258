package uk.placementbroker.market;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import uk.placementbroker.support.BrowserPages;
import uk.placementbroker.support.DemoAccounts;
import uk.placementbroker.support.IntegrationTest;

/**
 * A consortium's commissioner keeps the market directory: imports an Ofsted provider list, and adds a
 * framework, a lot and a provider's fee band, correcting mistakes on the way.
 */
@IntegrationTest
class FrameworksBrowserTests {

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
    void aCommissionerImportsAnOfstedProviderListAndFollowsItToTheEnd() {
        try (BrowserPages.Window window =
                browser.newWindow().signIn("commissioner.threerivers", DemoAccounts.PASSWORD)) {
            window.page()
                    .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import an Ofsted provider list"))
                    .click();
            window.check("ofsted-import-form");
            window.page()
                    .getByLabel("Provider list")
                    .setInputFiles(OfstedListImportIntegrationTests.FAKE_DATA.resolve("scp_ch_2025_fake.xlsx"));
            window.page()
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Read and compare the list"))
                    .click();
            // The progress page reloads itself when the comparison, and then the import, has finished.
            window.page().locator("#preview-summary").waitFor();
            window.check("ofsted-import-preview");
            assertThat(window.page().locator("#preview-summary").innerText())
                    .contains("Nothing is saved until you import it");
            window.page()
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import these changes"))
                    .click();
            window.page().locator(".govuk-panel__title").waitFor();
            window.check("ofsted-import-done");
            assertThat(window.page().locator(".govuk-panel").innerText()).contains("List imported", "added");
        }
    }

    @Test
    void aCommissionerManagesFrameworksLotsAndFeeBands() {
        try (BrowserPages.Window window =
                browser.newWindow().signIn("commissioner.threerivers", DemoAccounts.PASSWORD)) {
            window.page()
                    .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Manage frameworks"))
                    .click();
            window.check("frameworks");
            assertThat(window.page().locator("body").innerText())
                    .contains("Three Rivers Placements Framework 2025 to 2029", "Fostering: enhanced");

            window.page()
                    .getByLabel("Name", new Page.GetByLabelOptions().setExact(true))
                    .fill("Supported accommodation DPS");
            window.page().locator("#endsDay").fill("31");
            window.page().locator("#endsMonth").fill("2");
            window.page().locator("#endsYear").fill("2030");
            window.page()
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the framework"))
                    .click();
            window.check("frameworks-errors");
            assertThat(window.page().locator(".govuk-error-summary").innerText())
                    .contains(
                            "Enter the date the framework starts as a real date",
                            "Enter the date the framework ends as a real date");

            window.page().locator("#startsDay").fill("1");
            window.page().locator("#startsMonth").fill("4");
            window.page().locator("#startsYear").fill("2026");
            window.page().locator("#endsDay").fill("31");
            window.page().locator("#endsMonth").fill("3");
            window.page().locator("#endsYear").fill("2030");
            window.page().getByLabel("Dynamic purchasing system").check();
            window.page()
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the framework"))
                    .click();
            assertThat(window.page().locator(".govuk-notification-banner").innerText())
                    .contains("Supported accommodation DPS added");

            window.page()
                    .locator("#framework")
                    .selectOption(new com.microsoft.playwright.options.SelectOption()
                            .setLabel("Supported accommodation DPS"));
            window.page().getByLabel("Lot name").fill("Supported accommodation 16 to 17");
            window.page().getByLabel("Type of placement").selectOption("SUPPORTED_ACCOMMODATION");
            window.page()
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the lot"))
                    .click();

            window.page()
                    .locator("#lot")
                    .selectOption(new com.microsoft.playwright.options.SelectOption()
                            .setLabel("Supported accommodation DPS: Supported accommodation 16 to 17"));
            window.page()
                    .locator("#provider")
                    .selectOption(new com.microsoft.playwright.options.SelectOption()
                            .setLabel("Brightpath Supported Living"));
            window.page().getByLabel("Lowest weekly fee").fill("1300");
            window.page().getByLabel("Highest weekly fee").fill("1200");
            window.page()
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the fee band"))
                    .click();
            assertThat(window.page().locator(".govuk-error-summary").innerText())
                    .contains("must be the same as or more than the lowest");
            window.page().getByLabel("Highest weekly fee").fill("1900");
            window.page()
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the fee band"))
                    .click();
            window.check("frameworks-band-saved");
            assertThat(window.page().locator("body").innerText())
                    .contains("Fee band saved", "Brightpath Supported Living", "£1,300", "£1,900");
        }
    }
}
