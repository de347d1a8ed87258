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

/** The market directory in a browser: filtered by kind, and one provider's profile with its homes. */
@IntegrationTest
class DirectoryBrowserTests {

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
    void aCommissionerFiltersTheDirectoryAndOpensAProvidersProfile() {
        try (BrowserPages.Window window =
                browser.newWindow().signIn("commissioner.threerivers", DemoAccounts.PASSWORD)) {
            window.page()
                    .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Market directory"))
                    .click();
            window.check("market-directory");
            window.page().getByLabel("Name or URN").fill("Fostering");
            window.page().getByLabel("Kind").selectOption("INDEPENDENT_FOSTERING_AGENCY");
            window.page()
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter the directory"))
                    .click();
            window.check("market-directory-filtered");
            assertThat(window.page().locator("#providers").innerText())
                    .contains("Oakfield Fostering")
                    .doesNotContain("Harbour Lane Children's Homes");
            window.page()
                    .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Oakfield Fostering"))
                    .click();
            window.check("market-directory-provider");
            assertThat(window.page().locator("#homes").innerText()).startsWith("Homes (");
            assertThat(window.page().locator("body").innerText())
                    .contains("Foster household OF-", "Retire the provider");
        }
    }
}
