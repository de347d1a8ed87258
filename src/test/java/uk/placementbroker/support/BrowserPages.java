package uk.placementbroker.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Debian's headless Chromium driven by Playwright. Every page a test looks at through {@link #check}
 * is saved as a screenshot under {@code target/screenshots/}, checked for GOV.UK styling and a
 * working script under the Content-Security-Policy, and checked with axe-core: a serious or critical
 * accessibility violation fails the test.
 */
public final class BrowserPages implements AutoCloseable {

    public static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final double TIMEOUT_MILLISECONDS = 15_000;
    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

    private final Playwright playwright;
    private final Browser browser;
    private final String baseUrl;

    public BrowserPages(int port) {
        this.baseUrl = "http://localhost:" + port;
        this.playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        this.browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Paths.get("/usr/bin/chromium"))
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run",
                                "--disable-dev-shm-usage")));
    }

    /** A fresh browser window with no cookies, whose console errors (such as CSP violations) are collected. */
    public Window newWindow() {
        BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setBaseURL(baseUrl).setViewportSize(1280, 900));
        context.setDefaultTimeout(TIMEOUT_MILLISECONDS);
        context.setDefaultNavigationTimeout(TIMEOUT_MILLISECONDS);
        return new Window(context, context.newPage());
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }

    public static final class Window implements AutoCloseable {

        private final BrowserContext context;
        private final Page page;
        private final List<String> consoleErrors = new ArrayList<>();

        Window(BrowserContext context, Page page) {
            this.context = context;
            this.page = page;
            page.onConsoleMessage(message -> {
                // A failed resource is reported by onResponse below, naming it; a page's own status is not an error.
                if ("error".equals(message.type()) && !message.text().startsWith("Failed to load resource")) {
                    consoleErrors.add(message.text());
                }
            });
            page.onResponse(response -> {
                if (response.status() >= 400
                        && !"document".equals(response.request().resourceType())) {
                    consoleErrors.add(response.status() + " for " + response.url());
                }
            });
        }

        public Page page() {
            return page;
        }

        public Window open(String path) {
            page.navigate(path);
            return this;
        }

        public Window signIn(String username, String password) {
            open("/login");
            page.getByLabel("Username").fill(username);
            page.getByLabel("Password").fill(password);
            // Waits for the sign-in's own answer: waiting for the load state alone returns at once, the sign-in page
            // being loaded still, and the next page could then be asked for before the session is there.
            page.waitForResponse(
                    response -> response.url().endsWith("/login")
                            && response.request().method().equals("POST"),
                    () -> page.getByRole(
                                    com.microsoft.playwright.options.AriaRole.BUTTON,
                                    new Page.GetByRoleOptions()
                                            .setName("Sign in")
                                            .setExact(true))
                            .click());
            page.waitForLoadState();
            return this;
        }

        /** A screenshot only, for a page that changes by itself (such as a progress bar) and so cannot be checked still. */
        public Window screenshot(String screenshotName) {
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve(screenshotName + ".png"))
                    .setFullPage(true));
            return this;
        }

        /** Screenshot, styling, script and accessibility checks of the page now showing. */
        public Window check(String screenshotName) {
            page.waitForLoadState();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve(screenshotName + ".png"))
                    .setFullPage(true));
            assertThat(page.evaluate("() => getComputedStyle(document.querySelector('.govuk-header')).backgroundColor"))
                    .as("GOV.UK Frontend's stylesheet is applied on %s", screenshotName)
                    .isEqualTo("rgb(11, 12, 12)");
            assertThat(page.evaluate("() => document.body.classList.contains('govuk-frontend-supported')"))
                    .as("GOV.UK Frontend's script ran under the Content-Security-Policy on %s", screenshotName)
                    .isEqualTo(true);
            assertThat(consoleErrors)
                    .as("browser console errors and failed resources on %s", screenshotName)
                    .isEmpty();
            AxeResults results = new AxeBuilder(page)
                    .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"))
                    .analyze();
            List<Rule> failing = results.getViolations().stream()
                    .filter(rule -> FAILING_IMPACTS.contains(rule.getImpact()))
                    .toList();
            assertThat(failing)
                    .as("serious or critical accessibility violations on %s: %s", screenshotName, describe(failing))
                    .isEmpty();
            return this;
        }

        @Override
        public void close() {
            context.close();
        }

        public String heading() {
            return page.locator("h1").first().innerText();
        }

        private static String describe(List<Rule> rules) {
            return rules.stream()
                    .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                            + rule.getNodes().stream()
                                    .map(node -> String.valueOf(node.getTarget()))
                                    .collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("; "));
        }
    }
}
