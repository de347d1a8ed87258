package uk.placementbroker.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.placementbroker.support.DemoAccounts;
import uk.placementbroker.support.FakeReturn;
import uk.placementbroker.support.IntegrationTest;
import uk.placementbroker.support.SecondInstance;
import uk.placementbroker.support.WebSession;

/**
 * Two instances on one database behind a load balancer that sends each request where it likes: a person's session,
 * its CSRF token and an import's progress are the same on both. (That a broadcast is sent once with both sending is
 * in {@code BroadcastIntegrationTests}.)
 */
@IntegrationTest
class SeveralInstancesIntegrationTests {

    private static SecondInstance other;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path directory;

    @BeforeAll
    static void aSecondInstance() throws Exception {
        other = SecondInstance.start("several-instances");
    }

    @AfterAll
    static void stopTheSecondInstance() throws InterruptedException {
        if (other != null) {
            other.close();
        }
    }

    @Test
    void someoneSignedInOnOneInstanceCarriesOnOnTheOtherAndSignsOutOfBoth() {
        long child = jdbc.sql("""
                select c.id from children_child c join identity_local_authority la on la.id = c.local_authority_id
                where la.code = '991' order by c.id limit 1
                """).query(Long.class).single();
        WebSession socialWorker = new WebSession(port);
        socialWorker.follow(socialWorker.signIn("sw.northbridge", DemoAccounts.PASSWORD));
        socialWorker.get("/children/" + child);

        HttpResponse<String> onTheOther = socialWorker.get(onOther("/children/" + child));
        assertThat(onTheOther.statusCode()).isEqualTo(200);
        assertThat(onTheOther.body()).contains("Episodes of care");
        HttpResponse<String> changed = socialWorker.post(
                onOther("/children/" + child + "/other-names"), Map.of("knownAs", "Sammy", "family", ""));
        assertThat(changed.statusCode())
                .as("a form from one instance, with its CSRF token, is taken by the other")
                .isEqualTo(302);

        socialWorker.get(onOther("/"));
        assertThat(socialWorker.post(onOther("/logout"), Map.of()).statusCode()).isEqualTo(302);
        assertThat(socialWorker.get("/children/" + child).statusCode())
                .as("signed out on both")
                .isEqualTo(302);
    }

    @Test
    void anImportStartedOnOneInstanceShowsItsProgressAndResultOnTheOther() {
        WebSession administrator = new WebSession(port);
        administrator.follow(administrator.signIn("admin.northbridge", DemoAccounts.PASSWORD));
        administrator.get("/insight/returns");

        HttpResponse<String> started = administrator.postFiles(
                "/insight/returns",
                Map.of("year", "2021", "repairOverlaps", "true"),
                "files",
                files(FakeReturn.copyTo(directory)));

        String job = onOther(started.headers().firstValue("Location").orElseThrow());
        String progress = "";
        for (int poll = 0; poll < 600 && !progress.contains("\"finished\":true"); poll++) {
            HttpResponse<String> answer = administrator.get(job + "/progress");
            assertThat(answer.statusCode()).isEqualTo(200);
            progress = answer.body();
            assertThat(progress).contains("\"percent\":");
            sleep(100);
        }
        assertThat(progress).contains("\"finished\":true");
        assertThat(administrator.get(job).body()).contains("Return imported", "2675 children, 5050 episodes");
    }

    private String onOther(String path) {
        return "http://localhost:" + other.port() + path;
    }

    private static List<Path> files(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
