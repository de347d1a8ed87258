package uk.placementbroker.children;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.placementbroker.support.DemoAccounts;
import uk.placementbroker.support.IntegrationTest;
import uk.placementbroker.support.WebSession;

/** One council's staff cannot reach another council's children, nor can roles without need, however they ask. */
@IntegrationTest
class TenancyIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSocialWorkerOpensTheirOwnCouncilsChildAndTheViewIsAudited() {
        long child = aChildOf("991");
        WebSession socialWorker = signedIn("sw.northbridge");

        HttpResponse<String> record = socialWorker.get("/children/" + child);

        assertThat(record.statusCode()).isEqualTo(200);
        assertThat(record.body()).contains(childName(child)).contains("Episodes of care");
        assertThat(audit("sw.northbridge", child)).containsExactly("VIEWED");
    }

    @Test
    void anotherCouncilsChildIsNotFoundByUrlGuessingAndTheAttemptIsAudited() {
        WebSession socialWorker = signedIn("sw.northbridge");
        List<Long> eastmoorChildren = childrenOf("992");

        for (long guess : eastmoorChildren.subList(0, 5)) {
            HttpResponse<String> response = socialWorker.get("/children/" + guess);
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).contains("Page not found").doesNotContain(childName(guess));
            assertThat(audit("sw.northbridge", guess)).containsExactly("REFUSED");
        }
        assertThat(socialWorker.get("/children/99999999").statusCode()).isEqualTo(404);
    }

    @Test
    void theListShowsOnlyTheCouncilsOwnChildrenWhateverIsSearched() {
        WebSession broker = signedIn("broker.westhaven");
        long eastmoorChild = aChildOf("992");
        String reference = jdbc.sql("select child_reference from children_child where id = ?")
                .param(eastmoorChild)
                .query(String.class)
                .single();

        String list = broker.get("/children?search=" + reference).body();
        String everyone = broker.get("/children?search=").body();

        assertThat(list).contains("No children match your search");
        assertThat(everyone).contains("993").doesNotContain("href=\"/children/" + eastmoorChild + "\"");
    }

    @Test
    void rolesThatDoNotWorkWithNamedChildrenAreRefused() {
        long child = aChildOf("991");
        for (String username :
                List.of("provider.oakfield", "admin.northbridge", "finance.northbridge", "commissioner.threerivers")) {
            WebSession session = signedIn(username);
            assertThat(session.get("/children/" + child).statusCode())
                    .as(username)
                    .isIn(403, 404);
            assertThat(session.get("/children").statusCode()).as(username).isEqualTo(403);
            assertThat(session.get("/children/" + child).body()).doesNotContain(childName(child));
        }
    }

    @Test
    void theChildsSocialWorkerRecordsTheNamesToKeepFromProvidersAndNobodyElseCan() {
        long child = childrenOf("991").get(3);
        WebSession socialWorker = signedIn("sw.northbridge");
        socialWorker.get("/children/" + child);

        HttpResponse<String> saved = socialWorker.follow(socialWorker.post(
                "/children/" + child + "/other-names",
                Map.of("knownAs", "Bee\n\n Bea ", "family", "Marta Kowalska\nPiotr")));

        assertThat(saved.body()).contains("Names saved", "Bee, Bea", "Marta Kowalska, Piotr");
        assertThat(audit("sw.northbridge", child)).contains("UPDATED");
        HttpResponse<String> tooLong = socialWorker.post(
                "/children/" + child + "/other-names", Map.of("knownAs", "x".repeat(101), "family", ""));
        assertThat(tooLong.body()).contains("There is a problem", "Keep each name to 100 characters");

        // Not one of the children the URL-guessing test counts the refusals of.
        long eastmoorChild = childrenOf("992").get(20);
        HttpResponse<String> elsewhere = socialWorker.post(
                "/children/" + eastmoorChild + "/other-names", Map.of("knownAs", "Planted", "family", ""));
        assertThat(elsewhere.statusCode()).isEqualTo(404);
        WebSession broker = signedIn("broker.northbridge");
        broker.get("/children/" + child);
        assertThat(broker.post("/children/" + child + "/other-names", Map.of("knownAs", "Planted", "family", ""))
                        .statusCode())
                .isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from children_child where 'Planted' = any (known_as)")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(audit("sw.northbridge", eastmoorChild)).contains("REFUSED");
    }

    @Test
    void aCouncilsAdministratorCannotSeeOrChangeAnotherCouncilsAccounts() {
        WebSession administrator = signedIn("admin.northbridge");
        long eastmoorSocialWorker = jdbc.sql("select id from identity_user_account where username = 'sw.eastmoor'")
                .query(Long.class)
                .single();
        long eastmoor = jdbc.sql("select id from identity_local_authority where code = '992'")
                .query(Long.class)
                .single();

        assertThat(administrator.get("/admin/users").body())
                .contains("sw.northbridge")
                .doesNotContain("sw.eastmoor");
        assertThat(administrator.get("/admin/users/" + eastmoorSocialWorker).statusCode())
                .isEqualTo(404);
        assertThat(administrator
                        .get("/admin/users/" + eastmoorSocialWorker + "/edit")
                        .statusCode())
                .isEqualTo(404);
        assertThat(administrator
                        .post("/admin/users/" + eastmoorSocialWorker + "/disable", Map.of())
                        .statusCode())
                .isEqualTo(404);

        administrator.get("/admin/users/new");
        HttpResponse<String> planted = administrator.post(
                "/admin/users/new",
                Map.of(
                        "username",
                        "planted.admin",
                        "displayName",
                        "Planted Admin",
                        "password",
                        "a-long-enough-password",
                        "roles",
                        "ADMINISTRATOR",
                        "organisation",
                        "la:" + eastmoor));
        assertThat(planted.statusCode()).isEqualTo(200);
        assertThat(planted.body()).contains("Select an organisation you administer");
        assertThat(jdbc.sql("select count(*) from identity_user_account where username = 'planted.admin'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void nonAdministratorsCannotReachAdministration() {
        WebSession broker = signedIn("broker.northbridge");

        assertThat(broker.get("/admin/users").statusCode()).isEqualTo(403);
        assertThat(broker.get("/admin/audit").statusCode()).isEqualTo(403);
        broker.get("/");
        assertThat(broker.post("/admin/users/new", Map.of("username", "sneaky")).statusCode())
                .isEqualTo(403);
    }

    private WebSession signedIn(String username) {
        WebSession session = new WebSession(port);
        HttpResponse<String> home = session.follow(session.signIn(username, DemoAccounts.PASSWORD));
        assertThat(home.statusCode()).as("signed in as " + username).isEqualTo(200);
        return session;
    }

    private long aChildOf(String councilCode) {
        return childrenOf(councilCode).get(0);
    }

    private List<Long> childrenOf(String councilCode) {
        return jdbc.sql("""
                select c.id from children_child c join identity_local_authority la on la.id = c.local_authority_id
                where la.code = ? order by c.id
                """).param(councilCode).query(Long.class).list();
    }

    private String childName(long child) {
        return jdbc.sql("select first_name || ' ' || last_name from children_child where id = ?")
                .param(child)
                .query(String.class)
                .single();
    }

    private List<String> audit(String username, long child) {
        return jdbc.sql("""
                select action from identity_audit_event
                where actor_username = ? and record_type = 'child' and record_id = ? order by id
                """)
                .param(username)
                .param(String.valueOf(child))
                .query(String.class)
                .list();
    }
}
