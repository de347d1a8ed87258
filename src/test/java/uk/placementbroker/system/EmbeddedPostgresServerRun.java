package uk.placementbroker.system;

import java.nio.file.Path;

/** One run of the embedded database for {@link EmbeddedPostgresServerTests}: starts it, says where, and waits. */
final class EmbeddedPostgresServerRun {

    public static void main(String[] arguments) throws InterruptedException {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(arguments[0]));
        System.out.println("READY " + server.jdbcUrl() + " " + server.password());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
