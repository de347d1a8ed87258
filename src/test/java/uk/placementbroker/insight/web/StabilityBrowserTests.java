package uk.placementbroker.insight.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Value;
import uk.placementbroker.support.BrowserPages;
import uk.placementbroker.support.DemoAccounts;
import uk.placementbroker.support.FakeReturn;
import uk.placementbroker.support.IntegrationTest;

/** A council's administrator imports its 903 return; its managers and the consortium read the figures. */
@IntegrationTest
class StabilityBrowserTests {

    private static BrowserPages browser;

    @TempDir
    Path directory;

    @BeforeAll
    static void startBrowser(@Value("${local.server.port}") int port) {
        browser = new BrowserPages(port);
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void anAdministratorImportsTheReturnAfterBeingToldOfItsOverlapsAndManagersReadTheFigures() throws IOException {
        Path[] files = csvFiles(FakeReturn.copyTo(directory));
        try (BrowserPages.Window window = browser.newWindow().signIn("admin.westhaven", DemoAccounts.PASSWORD)) {
            window.page()
                    .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import a 903 return"))
                    .first()
                    .click();
            window.check("903-returns");

            window.page().getByLabel("Collection year").fill("2024");
            window.page().getByLabel("The return's files").setInputFiles(files);
            window.page()
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import the return"))
                    .click();
            window.page().waitForSelector(".govuk-error-summary", new Page.WaitForSelectorOptions().setTimeout(60_000));
            window.check("903-return-refused");
            assertThat(window.page().title()).startsWith("Error: ");
            assertThat(window.page().locator(".govuk-error-summary").innerText())
                    .contains("72 problems must be put right first");
            assertThat(window.page().locator("table").first().innerText()).contains("episodes.csv", "312", "DEC");

            window.page()
                    .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import a return"))
                    .click();
            window.page().getByLabel("Collection year").fill("2024");
            window.page().getByLabel("The return's files").setInputFiles(files);
            window.page().getByLabel("End overlapping episodes").check();
            window.page()
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import the return"))
                    .click();
            window.page().waitForURL("**/insight/returns/imports/**");
            window.screenshot("903-return-importing");
            window.page().waitForSelector(".govuk-panel", new Page.WaitForSelectorOptions().setTimeout(60_000));
            window.check("903-return-imported");
            assertThat(window.page().locator(".govuk-panel").innerText()).contains("Return imported", "2675 children");
        }

        try (BrowserPages.Window window = browser.newWindow().signIn("hos.westhaven", DemoAccounts.PASSWORD)) {
            window.page()
                    .getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Stability").setExact(true))
                    .click();
            window.check("stability");
            assertThat(window.heading()).isEqualTo("Placement stability");
            assertThat(window.page().locator("#shortTermStability table").innerText())
                    .contains("2023 to 2024", "%");
            assertThat(window.page()
                            .locator("#shortTermStability .app-chart canvas")
                            .count())
                    .isEqualTo(1);

            window.page().getByLabel("Care group").selectOption("ageAtFirstEntry=11-15");
            window.page()
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show figures"))
                    .click();
            window.check("stability-care-group");
            assertThat(window.page().locator(".govuk-inset-text").innerText())
                    .contains("Age at first entry to care: 11 to 15");

            window.page().getByLabel("Placement Broker's records").check();
            window.page().getByLabel("Care group").selectOption("all");
            window.page()
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show figures"))
                    .click();
            window.check("stability-from-records");
            assertThat(window.page().locator(".govuk-inset-text").innerText())
                    .contains("from Placement Broker's records");
            assertThat(window.page().locator("#longTermStability table").innerText())
                    .contains("2025 to 2026");

            window.page()
                    .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Children to act on now"))
                    .click();
            window.check("drift");
            assertThat(window.page().locator("#reviews-overdue + p").innerText())
                    .contains("31 March 2024");
            String child = window.page().locator("table a").first().innerText();
            window.page().locator("table a").first().click();
            window.check("drift-child");
            assertThat(window.heading()).isEqualTo(child);
        }

        try (BrowserPages.Window window =
                browser.newWindow().signIn("commissioner.threerivers", DemoAccounts.PASSWORD)) {
            window.open("/insight").check("stability-consortium");
            assertThat(window.page().locator("#longTermStability table").innerText())
                    .contains("Northbridge City Council", "Eastmoor County Council", "Westhaven Borough Council");
            window.page()
                    .getByRole(
                            com.microsoft.playwright.options.AriaRole.LINK,
                            new com.microsoft.playwright.Page.GetByRoleOptions()
                                    .setName("Sufficiency")
                                    .setExact(true))
                    .click();
            window.check("sufficiency");
            assertThat(window.page().locator("#by-kind table").innerText())
                    .contains("Fostering", "Children's home", "Supported accommodation");
            assertThat(window.page().locator("#by-district").innerText())
                    .contains("Northampton", "Peterborough", "Milton Keynes");
        }
    }

    private static Path[] csvFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().toArray(Path[]::new);
        }
    }
}
