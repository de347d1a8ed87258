package uk.placementbroker.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.placementbroker.PlacementBrokerApplication;

/** The whole product started as {@code scripts/run} starts it: nothing configured, in a fresh folder. */
class EmbeddedDefaultStartUpTests {

    @TempDir
    Path folder;

    @Test
    void saysItIsReadyOnlyOnceItAnswersInReadableLines() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        PlacementBrokerApplication.class.getName())
                .directory(folder.toFile())
                .redirectErrorStream(true);
        builder.environment().keySet().removeAll(List.of("DATABASE_URL", "LOG_FORMAT", "MAIL_MODE", "DEMO_DATA"));
        builder.environment().put("PORT", Integer.toString(port));
        Process run = builder.start();
        List<String> lines = new ArrayList<>();
        try {
            BufferedReader output =
                    new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8));
            int answeredWhenReady = -1;
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                lines.add(line);
                if (line.contains("Placement Broker is ready at ")) {
                    answeredWhenReady = status("http://localhost:" + port + "/login");
                    break;
                }
            }

            assertThat(lines)
                    .as("the output up to the ready line")
                    .anySatisfy(line ->
                            assertThat(line).endsWith("Placement Broker is ready at http://localhost:" + port + "/"));
            assertThat(answeredWhenReady)
                    .as("the sign-in page, asked as soon as the line is printed")
                    .isEqualTo(200);
            assertThat(lines)
                    .as("plain lines, not JSON")
                    .noneSatisfy(line -> assertThat(line).startsWith("{"));
            assertThat(lines.size()).as("a screenful, not a wall").isLessThan(25);
        } finally {
            run.destroy();
            run.waitFor(60, TimeUnit.SECONDS);
        }
    }

    private static int status(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
