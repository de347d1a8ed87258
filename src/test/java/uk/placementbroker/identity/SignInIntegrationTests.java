package uk.placementbroker.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.placementbroker.support.DemoAccounts;
import uk.placementbroker.support.IntegrationTest;
import uk.placementbroker.support.WebSession;

@IntegrationTest
class SignInIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void signsInWithTheRightPasswordAndShowsTheRolesHomePage() {
        WebSession browser = new WebSession(port);

        HttpResponse<String> response = browser.signIn("broker.eastmoor", DemoAccounts.PASSWORD);

        assertThat(response.statusCode()).isEqualTo(302);
        HttpResponse<String> home = browser.follow(response);
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Welcome,").contains("As broker").contains("Eastmoor County Council");
        assertThat(auditActions("broker.eastmoor")).contains("SIGNED_IN");
    }

    @Test
    void refusesAWrongPasswordWithAMessageAndRecordsTheAttempt() {
        WebSession browser = new WebSession(port);

        HttpResponse<String> response = browser.signIn("sw.westhaven", "not-the-password");

        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(url -> assertThat(url).endsWith("/login?error"));
        HttpResponse<String> page = browser.follow(response);
        assertThat(page.body()).contains("There is a problem").contains("Enter a correct username and password");
        assertThat(page.body()).contains("<title>Error: Sign in");
        assertThat(browser.get("/").statusCode()).as("still signed out").isEqualTo(302);
        assertThat(auditActions("sw.westhaven")).contains("SIGN_IN_FAILED");
    }

    @Test
    void fiveWrongPasswordsPauseThatAddressOnlySoAColleagueIsNotKeptOut() {
        WebSession guesser = new WebSession(port).from("198.51.100.7");
        for (int attempt = 1; attempt <= 5; attempt++) {
            guesser.signIn("iro.westhaven", "guess-number-" + attempt);
        }

        HttpResponse<String> rightPasswordFromThere = guesser.signIn("iro.westhaven", DemoAccounts.PASSWORD);

        assertThat(rightPasswordFromThere.headers().firstValue("Location"))
                .as("a paused sign-in reads exactly as a wrong password")
                .hasValueSatisfying(url -> assertThat(url).endsWith("/login?error"));
        assertThat(guesser.follow(rightPasswordFromThere).body()).contains("Enter a correct username and password");
        assertThat(auditActions("iro.westhaven")).contains("LOCKED_OUT");

        WebSession owner = new WebSession(port).from("203.0.113.20");
        assertThat(owner.signIn("iro.westhaven", DemoAccounts.PASSWORD)
                        .headers()
                        .firstValue("Location"))
                .as("the owner signs in from their own desk")
                .hasValueSatisfying(url -> assertThat(url).doesNotContain("/login"));

        WebSession administrator = new WebSession(port);
        administrator.follow(administrator.signIn("admin.westhaven", DemoAccounts.PASSWORD));
        long iro = accountId("iro.westhaven");
        assertThat(administrator.get("/admin/users/" + iro).body())
                .contains("Signing in paused from one address after wrong passwords");
        HttpResponse<String> resumed = administrator.post("/admin/users/" + iro + "/unlock", Map.of());
        assertThat(administrator.follow(resumed).body()).contains("They can sign in again from anywhere");

        assertThat(guesser.signIn("iro.westhaven", DemoAccounts.PASSWORD)
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(url -> assertThat(url).doesNotContain("/login"));
    }

    @Test
    void anUnknownUsernameAndAPausedOneGetTheSameWordsAsAWrongPassword() {
        WebSession stranger = new WebSession(port).from("198.51.100.99");
        String wrongPassword =
                stranger.follow(stranger.signIn("hos.eastmoor", "nope")).body();
        String unknownUsername =
                stranger.follow(stranger.signIn("nobody.at.all", "nope")).body();
        for (int attempt = 1; attempt <= 5; attempt++) {
            stranger.signIn("nobody.at.all", "nope-" + attempt);
        }
        String pausedUnknown =
                stranger.follow(stranger.signIn("nobody.at.all", "nope")).body();

        assertThat(problem(unknownUsername)).isEqualTo(problem(wrongPassword)).isEqualTo(problem(pausedUnknown));
        assertThat(jdbc.sql("select paused_until > now() from identity_sign_in_pause where username = 'nobody.at.all'")
                        .query(Boolean.class)
                        .single())
                .as("unknown usernames are paused as known ones are, so a pause says nothing")
                .isTrue();
    }

    @Test
    void aDisabledAccountIsToldSoOnlyAfterTheRightPassword() {
        WebSession administrator = new WebSession(port);
        administrator.follow(administrator.signIn("admin.westhaven", DemoAccounts.PASSWORD));
        long finance = accountId("finance.westhaven");
        administrator.post("/admin/users/" + finance + "/disable", Map.of());
        try {
            WebSession stranger = new WebSession(port).from("198.51.100.120");
            assertThat(stranger.signIn("finance.westhaven", "a-guess").headers().firstValue("Location"))
                    .hasValueSatisfying(url -> assertThat(url).endsWith("/login?error"));
            assertThat(stranger.signIn("finance.westhaven", DemoAccounts.PASSWORD)
                            .headers()
                            .firstValue("Location"))
                    .hasValueSatisfying(url -> assertThat(url).endsWith("/login?disabled"));
        } finally {
            administrator.get("/admin/users/" + finance);
            administrator.post("/admin/users/" + finance + "/enable", Map.of());
        }
    }

    @Test
    void refusesAFormPostedWithoutItsCsrfToken() {
        WebSession browser = new WebSession(port);
        browser.get("/login");

        HttpResponse<String> signIn = browser.postWithoutCsrfToken(
                "/login", Map.of("username", "tm.northbridge", "password", DemoAccounts.PASSWORD));

        assertThat(signIn.statusCode()).isEqualTo(403);
        assertThat(browser.get("/").statusCode()).as("not signed in").isEqualTo(302);

        browser.follow(browser.signIn("tm.northbridge", DemoAccounts.PASSWORD));
        assertThat(browser.postWithoutCsrfToken("/logout", Map.of()).statusCode())
                .isEqualTo(403);
        assertThat(browser.get("/").statusCode()).as("still signed in").isEqualTo(200);
    }

    @Test
    void signsOutAndTheSessionNoLongerWorks() {
        WebSession browser = new WebSession(port);
        browser.follow(browser.signIn("finance.eastmoor", DemoAccounts.PASSWORD));

        HttpResponse<String> signedOut = browser.follow(browser.post("/logout", Map.of()));

        assertThat(signedOut.body()).contains("You have signed out");
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void keepsSessionsInTheDatabaseSoAnyInstanceCanServeThem() {
        WebSession browser = new WebSession(port);
        browser.follow(browser.signIn("hos.northbridge", DemoAccounts.PASSWORD));

        long sessions = jdbc.sql("select count(*) from spring_session where principal_name = 'hos.northbridge'")
                .query(Long.class)
                .single();

        assertThat(sessions).isEqualTo(1);
    }

    @Test
    void healthIsOpenButOtherOperationsEndpointsNeedAnAdministrator() {
        WebSession anonymous = new WebSession(port);
        assertThat(anonymous.get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/health").body()).contains("\"status\":\"UP\"");
        assertThat(anonymous.get("/actuator/info").statusCode()).isEqualTo(302);

        WebSession socialWorker = new WebSession(port);
        socialWorker.follow(socialWorker.signIn("sw.northbridge", DemoAccounts.PASSWORD));
        assertThat(socialWorker.get("/actuator/info").statusCode()).isEqualTo(403);

        WebSession administrator = new WebSession(port);
        administrator.follow(administrator.signIn("admin.northbridge", DemoAccounts.PASSWORD));
        assertThat(administrator.get("/actuator/info").body()).contains("placement-broker");
    }

    private static String problem(String page) {
        int start = page.indexOf("govuk-error-summary__list");
        return page.substring(start, page.indexOf("</ul>", start));
    }

    @Test
    void theApplicationsOwnDatabaseRoleCanOnlyAddToAndReadTheAuditLog() {
        jdbc.sql(
                        "insert into identity_audit_event (actor_username, action, record_type, record_id) values ('test', 'VIEWED', 'child', '1')")
                .update();

        assertThat(jdbc.sql("select count(*) from identity_audit_event")
                        .query(Long.class)
                        .single())
                .isPositive();
        assertThatThrownBy(() -> jdbc.sql("update identity_audit_event set actor_username = 'someone else'")
                        .update())
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("delete from identity_audit_event").update())
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("truncate identity_audit_event").update())
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("alter table identity_audit_event disable trigger user")
                        .update())
                .rootCause()
                .hasMessageContaining("must be owner");
        assertThatThrownBy(
                        () -> jdbc.sql("set session_replication_role = replica").update())
                .as("the way round the triggers")
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThat(jdbc.sql("select tableowner <> current_user from pg_tables where tablename = 'identity_audit_event'")
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    private java.util.List<String> auditActions(String username) {
        return jdbc.sql("select action from identity_audit_event where actor_username = ? order by id")
                .param(username)
                .query(String.class)
                .list();
    }

    private long accountId(String username) {
        return jdbc.sql("select id from identity_user_account where username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }
}
