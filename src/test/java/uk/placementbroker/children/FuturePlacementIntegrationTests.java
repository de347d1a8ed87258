package uk.placementbroker.children;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.placementbroker.support.DemoAccounts;
import uk.placementbroker.support.IntegrationTest;
import uk.placementbroker.support.WebSession;

/** A placement agreed to start later shows as starting on its day; every page's "now" is the episode covering today. */
@IntegrationTest
class FuturePlacementIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ChildRecords childRecords;

    @Test
    void theChildsRecordAndListsShowTheEpisodeCoveringTodayNotOneThatStartsLater() {
        long council = jdbc.sql("select id from identity_local_authority where code = '991'")
                .query(Long.class)
                .single();
        LocalDate moves = LocalDate.now().plusDays(14);
        long child = childRecords.register(
                council,
                new ChildDetails(
                        "991F" + (System.nanoTime() % 1_000_000),
                        "Iris",
                        "Futurecase",
                        LocalDate.of(2014, 5, 2),
                        "2",
                        "WBRI",
                        "NN3 6AB",
                        "A000000000000"),
                List.of(new Episode(
                        LocalDate.of(2024, 1, 10),
                        "S",
                        "C2",
                        "N1",
                        "K2",
                        "PR4",
                        null,
                        null,
                        null,
                        "NN3",
                        "LE1",
                        "SC1")));
        assertThat(childRecords.recordPlacement(council, child, moves, "U4", "PR1", "NN1", null))
                .isTrue();

        String page = signedIn("sw.northbridge").get("/children/" + child).body();

        assertThat(page).contains("Not started yet", "Now, until");
        assertThat(page)
                .as("placement now")
                .contains("Placement now</dt>\n        <dd class=\"govuk-summary-list__value\">"
                        + org.springframework.web.util.HtmlUtils.htmlEscape(Codes903.placementType("K2")));
        assertThat(childRecords.summaries(council, Set.of(child)).get(child).placementType())
                .isEqualTo("K2");
        assertThat(childRecords.countLookedAfter(council)).isPositive();
    }

    private WebSession signedIn(String username) {
        WebSession session = new WebSession(port);
        session.signIn(username, DemoAccounts.PASSWORD);
        return session;
    }
}
