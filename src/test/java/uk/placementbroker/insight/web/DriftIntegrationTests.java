package uk.placementbroker.insight.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.placementbroker.support.DemoAccounts;
import uk.placementbroker.support.IntegrationTest;
import uk.placementbroker.support.WebSession;

@IntegrationTest
class DriftIntegrationTests {

    private static final Pattern CHILD_LINK = Pattern.compile("href=\"/children/(\\d+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void managersSeeTheirOwnCouncilsChildrenToActOnAndNoOneElses() {
        String page = signedIn("tm.eastmoor").get("/insight/drift").body();

        assertThat(page)
                .contains(
                        "Children to act on now",
                        "Two placements since 1 April",
                        "Reviews overdue",
                        "Reaching two years with their carer");
        List<Long> linked = childLinks(page);
        assertThat(linked).isNotEmpty();
        List<Long> eastmoorChildren = jdbc.sql("""
                select c.id from children_child c join identity_local_authority la on la.id = c.local_authority_id where la.code = '992'
                """).query(Long.class).list();
        assertThat(eastmoorChildren).containsAll(linked);
    }

    @Test
    void aChildWithoutAPermanencePlanLeavesTheListOnceTheirSocialWorkerRecordsOne() {
        WebSession manager = signedIn("tm.northbridge");
        String before = manager.get("/insight/drift").body();
        assertThat(before).contains("No permanence plan after 4 months");
        long child = childLinks(before.substring(
                        before.indexOf("id=\"no-permanence-plan\""), before.indexOf("id=\"reaching-two-years\"")))
                .get(0);

        WebSession socialWorker = signedIn("sw.northbridge");
        assertThat(socialWorker.get("/children/" + child).body()).contains("None recorded");
        assertThat(socialWorker
                        .post("/children/" + child + "/permanence-plan", Map.of("note", "Panel next month"))
                        .body())
                .contains("There is a problem", "Choose the permanence plan");
        WebSession otherCouncil = signedIn("sw.eastmoor");
        otherCouncil.get("/");
        assertThat(otherCouncil
                        .post("/children/" + child + "/permanence-plan", Map.of("plan", "ADOPTION"))
                        .statusCode())
                .as("another council's social worker")
                .isEqualTo(404);
        WebSession finance = signedIn("finance.northbridge");
        finance.get("/");
        assertThat(finance.post("/children/" + child + "/permanence-plan", Map.of("plan", "ADOPTION"))
                        .statusCode())
                .isEqualTo(403);

        assertThat(socialWorker
                        .post(
                                "/children/" + child + "/permanence-plan",
                                Map.of("plan", "LONG_TERM_FOSTERING", "note", "Matched with her carers at panel"))
                        .statusCode())
                .isEqualTo(302);

        assertThat(socialWorker.get("/children/" + child).body())
                .contains("Long-term fostering", "Matched with her carers at panel", "sw.northbridge");
        String after = manager.get("/insight/drift").body();
        assertThat(childLinks(after.substring(
                        after.indexOf("id=\"no-permanence-plan\""), after.indexOf("id=\"reaching-two-years\""))))
                .doesNotContain(child);
        assertThat(jdbc.sql(
                                "select count(*) from identity_audit_event where record_type = 'child' and record_id = ? and detail like 'permanence plan%'")
                        .param(String.valueOf(child))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void onlyThoseWhoWorkWithChildrensRecordsSeeTheLists() {
        assertThat(signedIn("iro.northbridge").get("/insight/drift").statusCode())
                .isEqualTo(200);
        assertThat(signedIn("commissioner.northbridge").get("/insight/drift").statusCode())
                .isEqualTo(403);
        assertThat(signedIn("finance.northbridge").get("/insight/drift").statusCode())
                .isEqualTo(403);
        assertThat(signedIn("provider.oakfield").get("/insight/drift").statusCode())
                .isEqualTo(403);
        assertThat(signedIn("commissioner.threerivers").get("/insight/drift").statusCode())
                .isEqualTo(403);
    }

    private static List<Long> childLinks(String page) {
        Matcher matcher = CHILD_LINK.matcher(page);
        List<Long> ids = new java.util.ArrayList<>();
        while (matcher.find()) {
            ids.add(Long.parseLong(matcher.group(1)));
        }
        return ids;
    }

    private WebSession signedIn(String username) {
        WebSession session = new WebSession(port);
        session.signIn(username, DemoAccounts.PASSWORD);
        return session;
    }
}
