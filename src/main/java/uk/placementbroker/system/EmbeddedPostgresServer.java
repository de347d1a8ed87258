package uk.placementbroker.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The PostgreSQL server of the embedded default, run from the binaries in the zonky library, with its
 * data in a folder that holds a first council's real records: so it writes durably (fsync on), listens
 * on the loopback only, takes only the generated password kept beside the data, and starts again after
 * the process was killed, stopping the server a killed run left holding the folder.
 */
public final class EmbeddedPostgresServer {

    static final String PASSWORD_FILE = "embedded-database-password";
    private static final String HBA_MARKER = "# Written by Placement Broker";
    private static final String SUPERUSER = "postgres";
    private static final String APPLICATION_ROLE = "placementbroker";
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(30);

    private final EmbeddedPostgres postgres;
    private final String password;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, String password) {
        this.postgres = postgres;
        this.password = password;
    }

    /** Starts the server on {@code dataDirectory}, its password kept in the folder above it. */
    public static EmbeddedPostgresServer start(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            stopServerLeftByAKilledRun(dataDirectory);
            String password =
                    password(dataDirectory.toAbsolutePath().getParent().resolve(PASSWORD_FILE));
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(true)
                    .setServerConfig("listen_addresses", "localhost")
                    // The library starts PostgreSQL with -F (fsync off), fit for tests; these are real records.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setConnectConfig("password", password)
                    .setPGStartupWait(Duration.ofMinutes(2))
                    .start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, password);
            server.acceptOnlyThePassword(dataDirectory);
            server.createTheApplicationRole();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not secure the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    public int port() {
        return postgres.getPort();
    }

    /** Runs the migrations and owns every table. */
    public String ownerUsername() {
        return SUPERUSER;
    }

    /** What the application connects as: no owner, so the audit log is beyond it (see afterMigrate.sql). */
    public String applicationUsername() {
        return APPLICATION_ROLE;
    }

    public String password() {
        return password;
    }

    /**
     * A killed JVM leaves its PostgreSQL running on the folder. The library's lock file is held by a live
     * run only (the system lets go of a killed process's locks), so if we can take it, any server on the
     * folder is an orphan, and is stopped; if we cannot, another run is using the folder.
     */
    private static void stopServerLeftByAKilledRun(Path dataDirectory) throws IOException {
        if (!Files.exists(dataDirectory.resolve("PG_VERSION"))) {
            return; // a new folder: initdb wants it empty, lock file and all
        }
        Path lockFile = dataDirectory.resolve("epg-lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("Another Placement Broker is using the embedded database in "
                        + dataDirectory + ": stop it first, or set DATABASE_URL.");
            }
            Optional<ProcessHandle> orphan = runningPostmaster(dataDirectory);
            if (orphan.isPresent()) {
                ProcessHandle postmaster = orphan.get();
                System.err.println("Stopping the embedded PostgreSQL (process " + postmaster.pid()
                        + ") that a run which was killed left holding " + dataDirectory);
                postmaster.destroy();
                try {
                    postmaster.onExit().get(ORPHAN_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
                } catch (TimeoutException | ExecutionException e) {
                    throw new IllegalStateException("The embedded PostgreSQL (process " + postmaster.pid()
                            + ") left by a killed run did not stop within " + ORPHAN_STOP_WAIT.toSeconds()
                            + " seconds; stop it, then start again.");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** The postmaster named in the folder's postmaster.pid, if that process is alive and is PostgreSQL. */
    static Optional<ProcessHandle> runningPostmaster(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).trim().matches("\\d+")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info()
                        .command()
                        .map(command -> command.endsWith("postgres"))
                        .orElse(false));
    }

    private static String password(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
        return password;
    }

    private void createTheApplicationRole() throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("set password_encryption = 'scram-sha-256'");
            statement.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + APPLICATION_ROLE
                    + "') then create role " + APPLICATION_ROLE + " login; end if; end $$");
            statement.execute("alter role " + APPLICATION_ROLE + " password '" + password + "'");
        }
    }

    /**
     * The library's initdb lets anyone on the machine in without a password. On the first start the
     * superuser is given the generated password and pg_hba.conf is replaced to ask every connection for it.
     */
    private void acceptOnlyThePassword(Path dataDirectory) throws IOException, SQLException {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        if (Files.readString(hba, StandardCharsets.UTF_8).startsWith(HBA_MARKER)) {
            return;
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("set password_encryption = 'scram-sha-256'");
            statement.execute("alter role " + SUPERUSER + " password '" + password + "'");
            Files.writeString(
                    hba,
                    HBA_MARKER + ": the embedded database takes password sign-ins from this machine only.\n"
                            + "local all all scram-sha-256\n"
                            + "host  all all 127.0.0.1/32 scram-sha-256\n"
                            + "host  all all ::1/128 scram-sha-256\n",
                    StandardCharsets.UTF_8);
            statement.execute("select pg_reload_conf()");
        }
    }
}
