package uk.placementbroker.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole application in a JVM of its own, on the test database, so that a test can kill it (SIGKILL:
 * no chance to tidy up) and start another, as happens to a real instance.
 */
public final class SecondInstance implements AutoCloseable {

    private final Process process;
    private final int port;

    private SecondInstance(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Started, with its log in target/NAME.log; returns once it has started. */
    public static SecondInstance start(String name, String... settings) throws IOException, InterruptedException {
        SecondInstance instance = launch(name, settings);
        instance.awaitStarted(Duration.ofSeconds(120));
        return instance;
    }

    /** Launched, without waiting for it to start. */
    public static SecondInstance launch(String name, String... settings) throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                "uk.placementbroker.PlacementBrokerApplication",
                "--spring.profiles.active=test",
                "--server.port=" + port,
                "--placementbroker.outbox.claim-for=PT5S"));
        if (java.util.Arrays.stream(settings)
                .noneMatch(setting -> setting.startsWith("--placementbroker.demo-data."))) {
            command.add("--placementbroker.demo-data.enabled=false");
        }
        command.addAll(List.of(settings));
        File log = new File("target/" + name + ".log");
        return new SecondInstance(
                new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(log)
                        .start(),
                port);
    }

    public int port() {
        return port;
    }

    /** SIGKILL, and waits for it to be gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }

    /** Returns once a {@link #launch launched} instance has started. */
    public void awaitStarted() throws InterruptedException {
        awaitStarted(Duration.ofSeconds(120));
    }

    private void awaitStarted(Duration within) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long giveUp = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < giveUp) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The second instance stopped: see its log in target/");
            }
            try {
                HttpResponse<Void> health = client.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The second instance did not start within " + within);
    }
}
