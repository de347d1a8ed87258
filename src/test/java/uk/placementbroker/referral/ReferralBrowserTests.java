package uk.placementbroker.referral;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.placementbroker.brokerage.internal.Escalations;
import uk.placementbroker.support.BrowserPages;
import uk.placementbroker.support.DemoAccounts;
import uk.placementbroker.support.IntegrationTest;

/**
 * The whole journey with different people: the social worker refers, the team manager gives permission to
 * look, the broker returns it with a comment and accepts the answer, searches the market and asks the
 * framework providers; one provider asks a question and offers, another refuses; the broker answers, the
 * round closes without an acceptable offer and is escalated, the broker considers the screened-out offer
 * with a reason and sends the choice; the social worker proposes it and the team manager agrees the placement.
 */
@IntegrationTest
class ReferralBrowserTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Escalations escalations;

    private static BrowserPages browser;

    @BeforeAll
    static void startBrowser(@Value("${local.server.port}") int port) {
        browser = new BrowserPages(port);
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    private String childName;

    @Test
    void aReferralGoesFromTheSocialWorkerThroughTheSearchToAnAgreedPlacement() {
        String referralUrl;
        LocalDate neededBy = LocalDate.now().plusDays(5);
        try (BrowserPages.Window window = browser.newWindow().signIn("sw.northbridge", DemoAccounts.PASSWORD)) {
            Page page = window.page();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Refer a child for a placement"))
                    .click();
            window.check("referral-choose-child");
            page.getByLabel("Search by name or child reference").fill("9910000");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search"))
                    .click();
            String child = page.locator("tbody td").first().innerText();
            childName = child;
            page.locator("tbody button").first().click();

            window.check("referral-placement");
            page.locator("#suitability-FOSTERING-PREFERRED").check();
            page.locator("#suitability-RESIDENTIAL-SUITABLE").check();
            page.getByLabel("Within 7 days").check();
            page.locator("#neededByDay").fill("31");
            page.locator("#neededByMonth").fill("2");
            page.locator("#neededByYear").fill("2027");
            page.getByLabel("How long is the placement expected to last?").fill("Long term, until 18");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and continue"))
                    .click();
            window.check("referral-placement-error");
            assertThat(page.locator(".govuk-error-summary").innerText())
                    .contains("Enter the date the child needs to move by as a real date");
            page.locator("#neededByDay").fill(String.valueOf(neededBy.getDayOfMonth()));
            page.locator("#neededByMonth").fill(String.valueOf(neededBy.getMonthValue()));
            page.locator("#neededByYear").fill(String.valueOf(neededBy.getYear()));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and continue"))
                    .click();

            window.check("referral-location");
            page.getByLabel("Postcode of the child's home").fill("NN3 6AB");
            page.getByLabel("Postcode of the child's school (optional)").fill("NN1 1AA");
            page.getByLabel("Furthest from home, in miles (optional)").fill("25");
            page.getByLabel("Areas to avoid (optional)").fill("NN1");
            page.getByLabel("In the council's area").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and continue"))
                    .click();

            window.check("referral-needs");
            page.locator("#need-MISSING_EPISODES").check();
            page.locator("#need-EDUCATION").check();
            page.locator("#high-MISSING_EPISODES").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and continue"))
                    .click();

            window.check("referral-living");
            page.getByLabel("Not required").check();
            page.getByLabel("Only with other younger children").check();
            page.getByLabel("Yes, can").check();
            page.locator("#liberty-no").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and continue"))
                    .click();

            window.check("referral-criteria");
            page.getByLabel("Essential criteria: what a home must have").fill("A loving and caring home");
            page.getByLabel("Outcomes the placement should achieve")
                    .fill("Attends school every day\nNo missing episodes for six months");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and continue"))
                    .click();

            window.check("referral-check-answers");
            assertThat(page.locator("body").innerText()).contains("is not something a provider could show they meet");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send for permission to look"))
                    .click();
            window.check("referral-not-sent");
            assertThat(page.title()).startsWith("Error: ");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change Criteria, outcomes and budget"))
                    .click();
            page.getByLabel("Essential criteria: what a home must have")
                    .fill("Carers trained in responding to missing episodes");
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Save and return to check your answers"))
                    .click();
            assertThat(page.url())
                    .as("a change made from checking the answers comes back to them")
                    .endsWith("#criteria");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send for permission to look"))
                    .click();
            window.check("referral-sent");
            assertThat(page.locator(".govuk-notification-banner").innerText()).contains("Referral sent");
            assertThat(page.locator("body").innerText())
                    .contains("Waiting for permission to look", child.isEmpty() ? "" : "Referral for " + child);
            referralUrl = page.url();
        }

        try (BrowserPages.Window window = browser.newWindow().signIn("tm.northbridge", DemoAccounts.PASSWORD)) {
            window.open(referralUrl).check("referral-permission");
            window.page().getByLabel("Yes, look for a placement").check();
            window.page()
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the decision"))
                    .click();
            assertThat(window.page().locator("body").innerText())
                    .contains("Permission to look given", "Waiting for the broker's quality check");
        }

        try (BrowserPages.Window window = browser.newWindow().signIn("broker.northbridge", DemoAccounts.PASSWORD)) {
            window.open(referralUrl).check("referral-quality-check");
            window.page()
                    .getByLabel("Return to the social worker with comments")
                    .check();
            window.page()
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the quality check"))
                    .click();
            window.check("referral-quality-check-error");
            assertThat(window.page().locator(".govuk-error-summary").innerText())
                    .contains("Say what the social worker needs to put right");
            window.page()
                    .getByLabel("Return to the social worker with comments")
                    .check();
            window.page()
                    .locator("#comment")
                    .fill("Please add whether she can share with a younger child at weekends.");
            window.page()
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the quality check"))
                    .click();
            assertThat(window.page().locator("body").innerText()).contains("Returned to the social worker");
        }

        try (BrowserPages.Window window = browser.newWindow().signIn("sw.northbridge", DemoAccounts.PASSWORD)) {
            window.open(referralUrl).check("referral-returned");
            assertThat(window.page().locator("body").innerText())
                    .contains("Please add whether she can share with a younger child at weekends.");
            window.page().getByLabel("Your answer to the comments").fill("Yes, at weekends only, supervised.");
            window.page()
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send back to the broker"))
                    .click();
            assertThat(window.page().locator("body").innerText()).contains("Waiting for the broker's quality check");
        }

        try (BrowserPages.Window window = browser.newWindow().signIn("broker.northbridge", DemoAccounts.PASSWORD)) {
            window.open(referralUrl);
            window.page().getByLabel("Ready to search").check();
            window.page()
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the quality check"))
                    .click();
            window.check("referral-ready");
            assertThat(window.page().locator("body").innerText())
                    .contains("Ready to search", "Yes, at weekends only, supervised.");

            window.page()
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search the market for this child"))
                    .click();
            window.check("referral-market-search");
            assertThat(window.page().getByLabel("Postcode of the child's home").inputValue())
                    .isEqualTo("NN3 6AB");
            assertThat(window.page()
                            .locator("#high-" + uk.placementbroker.shared.Need.MISSING_EPISODES.ordinal())
                            .isChecked())
                    .isTrue();
            assertThat(window.page().locator("#results").innerText()).contains("could take the child");

            window.open(referralUrl);
            window.page()
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask providers"))
                    .click();
            window.check("referral-search-rounds");
            window.page().getByLabel("Framework providers").check();
            window.page()
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check who it will ask"))
                    .click();
            window.check("referral-round-preview");
            assertThat(window.page().locator("#round-preview").innerText())
                    .contains("It will ask these", "Oakfield Fostering", "to answer by");
            window.page()
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the referral"))
                    .click();
            window.check("referral-round-opened");
            assertThat(window.page().locator(".govuk-notification-banner").innerText())
                    .contains("asked at the same time");
        }

        String referralNumber = referralUrl.replaceAll(".*/referrals/(\\d+).*", "$1");
        try (BrowserPages.Window window = browser.newWindow().signIn("provider.oakfield", DemoAccounts.PASSWORD)) {
            window.page()
                    .getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Referrals").setExact(true))
                    .click();
            window.check("portal-referrals");
            window.open("/portal/referrals/" + referralNumber).check("portal-referral");
            assertThat(window.page().locator("body").innerText()).doesNotContain(childName);
            window.page().locator("#question").fill("Does she see her brother, and how often?");
            window.page()
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask the question"))
                    .click();
            window.check("portal-question-asked");
            assertThat(window.page().locator("#questions").innerText())
                    .contains("Does she see her brother", "Waiting for the broker");
            window.page()
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the offer"))
                    .click();
            window.check("portal-offer-errors");
            assertThat(window.page().locator(".govuk-error-summary").innerText())
                    .contains("Choose the home you are offering", "Enter the weekly fee");
            window.page()
                    .getByLabel("The home you offer")
                    .selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
            window.page().locator("#fromDay").fill(String.valueOf(neededBy.getDayOfMonth()));
            window.page().locator("#fromMonth").fill(String.valueOf(neededBy.getMonthValue()));
            window.page().locator("#fromYear").fill(String.valueOf(neededBy.getYear()));
            window.page().locator("#weeklyFee").fill("920");
            window.page().locator("#oneToOneHours").fill("6");
            window.page().locator("#oneToOneRate").fill("25");
            window.page()
                    .getByLabel("How you will meet each need and outcome")
                    .fill("Carers trained in missing-from-care protocols; school run daily.");
            window.page()
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the offer"))
                    .click();
            window.check("portal-offer-sent");
            assertThat(window.page().locator(".govuk-notification-banner").innerText())
                    .contains("Offer sent");
        }

        try (BrowserPages.Window window = browser.newWindow().signIn("provider.riverside", DemoAccounts.PASSWORD)) {
            window.open("/portal/referrals/" + referralNumber);
            window.page().getByLabel("Price").check();
            window.page()
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the answer"))
                    .click();
            assertThat(window.page().locator(".govuk-notification-banner").innerText())
                    .contains("the council knows you cannot offer");
        }

        try (BrowserPages.Window window = browser.newWindow().signIn("broker.northbridge", DemoAccounts.PASSWORD)) {
            window.open(referralUrl + "/search").check("referral-offers");
            String page = window.page().locator("body").innerText();
            assertThat(page).contains("Oakfield Fostering", "Riverside Family Placements: Price");
            window.page()
                    .locator("#provider-questions textarea")
                    .fill(childName + " sees her brother every Saturday at 14 Park Road, supervised.");
            window.page()
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview the answer"))
                    .click();
            window.check("referral-question-preview");
            assertThat(window.page()
                            .locator("#provider-questions .govuk-inset-text")
                            .innerText())
                    .contains("What providers will read", "The child", "[address]");
            window.page()
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish the answer"))
                    .click();
            window.check("referral-question-answered");
            assertThat(window.page().locator("#provider-questions").innerText())
                    .contains("The child sees her brother every Saturday at [address], supervised.");
            assertThat(page.contains("£150") || page.contains("Screened out"))
                    .as("the offer is ranked with its extras or screened out with reasons")
                    .isTrue();
            assertThat(window.page().locator("#times").innerText())
                    .contains("Time to first offer", "round 1: 1", "so far");
        }

        // The round's deadline passes with only an offer that fails an essential criterion (the household takes younger
        // children).
        jdbc.sql("update brokerage_round set respond_by = now() - interval '1 minute' where referral_id = ?")
                .param(Long.parseLong(referralNumber))
                .update();
        assertThat(escalations.closeRoundsDueBy(Instant.now()))
                .anyMatch(round -> round.referralId() == Long.parseLong(referralNumber));
        try (BrowserPages.Window window = browser.newWindow().signIn("broker.northbridge", DemoAccounts.PASSWORD)) {
            window.open(referralUrl + "/search").check("referral-round-escalated");
            assertThat(window.page().locator("#escalated").innerText())
                    .contains("no offer meeting every essential criterion", "open the next round");
            assertThat(window.page().locator("body").innerText()).contains("Closed with no acceptable offer");
            window.open("/brokerage").check("brokerage-queue");
            assertThat(window.page().locator("#queue").innerText()).contains(childName, "No acceptable offer");
            window.open("/").check("broker-home");
            assertThat(window.page().locator("#queue").innerText())
                    .as("the broker's home page lists the queue")
                    .contains(childName);
            window.open("/brokerage/providers").check("brokerage-providers");
            // Other tests' refusals share the database, so the count is at least this story's one.
            assertThat(window.page().locator("#tallies").innerText())
                    .contains("Riverside Family Placements")
                    .containsPattern("Price: [1-9]");
            assertThat(window.page().locator("#refusals").innerText())
                    .contains("R" + String.format("%06d", Long.parseLong(referralNumber)));

            // The broker judges the screened-out household right all the same, and must say why.
            window.open(referralUrl + "/search");
            window.page().getByText("Consider this offer anyway").click();
            window.page()
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Consider it, with this reason"))
                    .click();
            window.check("referral-override-errors");
            assertThat(window.page().locator(".govuk-error-summary").innerText())
                    .contains("Enter why this offer should be considered");
            window.page()
                    .locator("#screened-out textarea")
                    .fill("Her brother lives with these carers; the age range is being extended at panel.");
            window.page()
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Consider it, with this reason"))
                    .click();
            window.check("referral-override");
            assertThat(window.page().locator("#offers").innerText())
                    .contains(
                            "Considered although it fails an essential criterion",
                            "Her brother lives with these carers");
            assertThat(window.page().locator("#escalated").count())
                    .as("the warning has been acted on")
                    .isZero();
            window.page()
                    .getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions()
                                    .setName("Send the choice to the social worker and team manager"))
                    .click();
            window.check("referral-choice-sent");
            assertThat(window.page().locator(".govuk-notification-banner").innerText())
                    .contains("Choice sent");
        }

        try (BrowserPages.Window window = browser.newWindow().signIn("sw.northbridge", DemoAccounts.PASSWORD)) {
            window.open(referralUrl + "/choice").check("referral-choice");
            window.page().locator("input[name=answer]").first().check();
            window.page()
                    .locator("#rationale")
                    .fill("Her brother lives with these carers, and she can stay at her school.");
            window.page()
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Propose this placement"))
                    .click();
            window.check("referral-proposed");
        }

        try (BrowserPages.Window window = browser.newWindow().signIn("tm.northbridge", DemoAccounts.PASSWORD)) {
            window.open(referralUrl + "/choice").check("referral-permission-to-place");
            window.page().locator("#decision-approve").check();
            window.page().locator("#comment").fill("Agreed: keeping the siblings together outweighs the age range.");
            window.page()
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the decision"))
                    .click();
            window.check("referral-placed");
            assertThat(window.page().locator(".govuk-panel--confirmation").innerText())
                    .contains("Placement agreed", "Foster household OF-001");
        }

        try (BrowserPages.Window window = browser.newWindow().signIn("provider.oakfield", DemoAccounts.PASSWORD)) {
            window.open("/portal/referrals/" + referralNumber).check("portal-placed-with-you");
            assertThat(window.page().locator("#placed-with-you").innerText())
                    .contains("Placed with you", "Foster household OF-001");
            assertThat(window.page().locator("body").innerText())
                    .contains("What happens next")
                    .doesNotContain("Withdraw the offer")
                    .doesNotContain(childName);
        }
    }
}
