package uk.placementbroker.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import uk.placementbroker.support.BrowserPages;
import uk.placementbroker.support.DemoAccounts;
import uk.placementbroker.support.IntegrationTest;

/** What each kind of user sees, in a real browser: every page is screenshotted and checked for accessibility. */
@IntegrationTest
class JourneyBrowserTests {

    private static final Map<String, String> DEMO_USER_FOR_ROLE = new LinkedHashMap<>();

    static {
        DEMO_USER_FOR_ROLE.put("social worker", "sw.northbridge");
        DEMO_USER_FOR_ROLE.put("team manager", "tm.northbridge");
        DEMO_USER_FOR_ROLE.put("head of service", "hos.northbridge");
        DEMO_USER_FOR_ROLE.put("broker", "broker.northbridge");
        DEMO_USER_FOR_ROLE.put("provider user", "provider.oakfield");
        DEMO_USER_FOR_ROLE.put("independent reviewing officer", "iro.northbridge");
        DEMO_USER_FOR_ROLE.put("finance officer", "finance.northbridge");
        DEMO_USER_FOR_ROLE.put("commissioner", "commissioner.threerivers");
        DEMO_USER_FOR_ROLE.put("administrator", "admin.northbridge");
    }

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
    void everyRoleSignsInAndSeesWhatTheyCanDoNext() {
        try (BrowserPages.Window window = browser.newWindow()) {
            window.open("/login").check("sign-in");
        }
        DEMO_USER_FOR_ROLE.forEach((role, username) -> {
            try (BrowserPages.Window window = browser.newWindow().signIn(username, DemoAccounts.PASSWORD)) {
                window.check("home-" + role.replace(' ', '-'));
                assertThat(window.heading()).startsWith("Welcome, ");
                assertThat(window.page().locator("h2").allInnerTexts()).contains("As " + role);
                window.page()
                        .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                        .click();
                window.page().waitForURL("**/login?signedOut");
            }
        });
    }

    @Test
    void aWrongPasswordIsExplainedInTheErrorSummary() {
        try (BrowserPages.Window window =
                browser.newWindow().signIn("broker.eastmoor", "wrong-password").check("sign-in-error")) {
            assertThat(window.page().title()).startsWith("Error: ");
            assertThat(window.page().locator(".govuk-error-summary").innerText())
                    .contains("Enter a correct username and password");
        }
    }

    @Test
    void aSocialWorkerFindsAChildAndOpensTheirRecord() {
        try (BrowserPages.Window window = browser.newWindow().signIn("sw.northbridge", DemoAccounts.PASSWORD)) {
            window.page()
                    .getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Children").setExact(true))
                    .first()
                    .click();
            window.check("children");

            String firstChild = window.page().locator("tbody a").first().innerText();
            window.page().getByLabel("Search by name or child reference").fill(firstChild);
            window.page()
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search"))
                    .click();
            window.page()
                    .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(firstChild))
                    .first()
                    .click();

            window.check("child-record");
            assertThat(window.heading()).isEqualTo(firstChild);
            assertThat(window.page().locator("body").innerText())
                    .contains("Episodes of care", "recorded in the audit log", "Names to keep from providers");
            window.page().getByText("Change the names to keep from providers").click();
            window.page().getByLabel("Names the child is known by").fill("x".repeat(101));
            window.page()
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the names"))
                    .click();
            window.check("child-record-names-error");
            assertThat(window.page().locator(".govuk-error-summary").innerText())
                    .contains("Keep each name to 100 characters");
        }
    }

    @Test
    void anAdministratorAddsAUserAfterCorrectingTheFormAndFindsItInTheAuditLog() {
        try (BrowserPages.Window window = browser.newWindow().signIn("admin.westhaven", DemoAccounts.PASSWORD)) {
            window.open("/admin/users").check("users");
            window.page()
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a user"))
                    .click();
            window.check("add-user");

            window.page()
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add user"))
                    .click();
            window.check("add-user-errors");
            assertThat(window.page().title()).startsWith("Error: ");
            assertThat(window.page().locator(".govuk-error-summary").innerText())
                    .contains("Enter a username", "Enter the person's full name", "Select at least one role");

            window.page().getByLabel("Username").fill("jo.bloggs");
            window.page().getByLabel("Full name").fill("Jo Bloggs");
            window.page().getByLabel("Broker").check();
            window.page().getByLabel("Organisation").selectOption("Westhaven Borough Council");
            window.page().getByLabel("Password").fill("a-good-long-password");
            window.page()
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add user"))
                    .click();
            window.check("user");
            assertThat(window.page().locator(".govuk-notification-banner").innerText())
                    .contains("Account created for Jo Bloggs");

            window.page()
                    .getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("See this account's history in the audit log"))
                    .click();
            window.check("audit-log");
            assertThat(window.page().locator("table").innerText()).contains("admin.westhaven", "Created");

            window.page().getByLabel("From date").fill("2026-12-31");
            window.page().getByLabel("To date").fill("2026-01-01");
            window.page()
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search the audit log"))
                    .click();
            window.check("audit-log-errors");
            assertThat(window.page().locator(".govuk-error-summary").innerText())
                    .contains("Date to must be the same as or after date from");
        }
    }

    @Test
    void missingAndForbiddenPagesAreExplained() {
        try (BrowserPages.Window window = browser.newWindow().signIn("provider.oakfield", DemoAccounts.PASSWORD)) {
            window.open("/no-such-page").check("not-found");
            assertThat(window.heading()).isEqualTo("Page not found");

            window.open("/children").check("forbidden");
            assertThat(window.heading()).isEqualTo("You do not have access to this page");
        }
    }
}
