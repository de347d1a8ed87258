package uk.placementbroker.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default's database as {@code scripts/run} starts it, each run in a process of its own so
 * that it can be killed as an operator's {@code kill -9} would.
 */
class EmbeddedPostgresServerTests {

    @TempDir
    Path folder;

    private final List<Process> runs = new ArrayList<>();

    @Test
    void startsAgainAfterTheRunHoldingItWasKilledAndKeepsWhatWasWritten() throws Exception {
        Path data = folder.resolve("postgres");
        Started first = start(data);
        sql(first, "create table kept (note text); insert into kept values ('written before the kill')");

        first.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(EmbeddedPostgresServer.runningPostmaster(data))
                .as("kill -9 leaves the database server running on the folder")
                .isPresent();

        Started second = start(data);
        assertThat(query(second, "select note from kept")).isEqualTo("written before the kill");
    }

    @Test
    void listensOnTheLoopbackOnlyWritesDurablyAndTakesOnlyItsGeneratedPassword() throws Exception {
        Started run = start(folder.resolve("postgres"));

        assertThat(query(run, "show listen_addresses")).isEqualTo("localhost");
        assertThat(query(run, "show fsync")).isEqualTo("on");
        assertThat(query(run, "show synchronous_commit")).isEqualTo("on");
        Path passwordFile = folder.resolve(EmbeddedPostgresServer.PASSWORD_FILE);
        assertThat(Files.readString(passwordFile).trim())
                .isEqualTo(run.password())
                .hasSizeGreaterThan(20);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)))
                .isEqualTo("rw-------");
        assertThatThrownBy(() -> DriverManager.getConnection(run.url(), "postgres", ""))
                .as("no password")
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(run.url(), "postgres", "postgres"))
                .as("a guessed password")
                .isInstanceOf(SQLException.class);
    }

    @AfterEach
    void stopRuns() throws Exception {
        for (Process run : runs) {
            run.destroy();
            run.waitFor(30, TimeUnit.SECONDS);
        }
        EmbeddedPostgresServer.runningPostmaster(folder.resolve("postgres")).ifPresent(ProcessHandle::destroy);
    }

    private record Started(Process process, String url, String password) {}

    private Started start(Path data) throws IOException {
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        EmbeddedPostgresServerRun.class.getName(),
                        data.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        runs.add(process);
        BufferedReader output =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            if (line.startsWith("READY ")) {
                String[] parts = line.split(" ");
                return new Started(process, parts[1], parts[2]);
            }
        }
        throw new AssertionError("The embedded database did not start; exit code " + process.exitValue());
    }

    private static void sql(Started run, String statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(run.url(), "postgres", run.password());
                Statement statement = connection.createStatement()) {
            statement.execute(statements);
        }
    }

    private static String query(Started run, String query) throws SQLException {
        try (Connection connection = DriverManager.getConnection(run.url(), "postgres", run.password());
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(query)) {
            row.next();
            return row.getString(1);
        }
    }
}
