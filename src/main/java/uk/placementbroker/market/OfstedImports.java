package uk.placementbroker.market;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.jobs.BackgroundJobs;

/**
 * Provider lists import in the background: a national list has thousands of settings, and where
 * postcodes are looked up over the network each one takes a moment. How far it has got is written to
 * {@code market_ofsted_import} as it goes (in transactions of its own), so that any instance can show
 * the progress bar; the outcome is kept there for the result page. Everyone in the consortium of the
 * person who started it may follow it.
 */
@Component
public class OfstedImports {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public enum State {
        RUNNING,
        IMPORTED,
        REFUSED,
        FAILED
    }

    /** An import as its page shows it; {@code total} is null until the spreadsheet has been read. */
    public record Job(
            UUID id,
            String fileName,
            String startedBy,
            Instant startedAt,
            Instant updatedAt,
            State state,
            Integer total,
            int done,
            OfstedListImport.Outcome outcome,
            String failure) {

        public boolean finished() {
            return state != State.RUNNING;
        }

        public boolean stopped() {
            return !finished() && BackgroundJobs.stopped(updatedAt, Instant.now());
        }

        public int percent() {
            if (finished()) {
                return 100;
            }
            return total == null || total == 0 ? 0 : (int) Math.min(99, 5 + (long) done * 94 / total);
        }

        public String stage() {
            if (stopped()) {
                return "The import stopped before it finished. Nothing of it was saved: import the list again.";
            }
            return switch (state) {
                case RUNNING ->
                    total == null
                            ? "Reading and checking the spreadsheet"
                            : String.format("Storing the providers and settings: %,d of %,d", done, total);
                case IMPORTED -> "Imported";
                case REFUSED -> "Not imported: there are problems to put right";
                case FAILED -> "The import failed: " + failure;
            };
        }
    }

    private final JdbcClient jdbc;
    private final BackgroundJobs jobs;
    private final OfstedListImport importer;
    private final BackgroundJobs.Workers workers;

    OfstedImports(JdbcClient jdbc, BackgroundJobs jobs, OfstedListImport importer) {
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.importer = importer;
        // One list at a time per instance, the rest queued.
        this.workers = jobs.workers("ofsted-import", 1, 20);
    }

    /** Starts importing the uploaded list (held in memory: provider lists are a few megabytes); returns the import to follow. */
    public UUID start(CurrentUser user, String fileName, byte[] xlsx) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into market_ofsted_import (id, consortium_id, started_by, file_name) values (?, ?, ?, ?)")
                .params(id, user.consortiumId(), user.username(), fileName == null ? "provider list" : fileName)
                .update();
        workers.start(
                "Importing provider list " + fileName,
                () -> run(id, fileName, xlsx),
                failure -> jdbc.sql(
                                "update market_ofsted_import set state = 'FAILED', failure = ?, updated_at = now() where id = ?")
                        .params(
                                failure.getMessage() == null
                                        ? failure.getClass().getSimpleName()
                                        : failure.getMessage(),
                                id)
                        .update());
        return id;
    }

    /** The import, if it was started by someone in the user's consortium (or by the user). */
    public Optional<Job> find(CurrentUser user, UUID id) {
        return jdbc.sql("""
                select id, file_name, started_by, started_at, updated_at, state, entries_total, entries_done, outcome::text, failure
                from market_ofsted_import
                where id = ? and (consortium_id is not distinct from ? or started_by = ?)
                """)
                .params(id, user.consortiumId(), user.username())
                .query((row, number) -> new Job(
                        row.getObject(1, UUID.class),
                        row.getString(2),
                        row.getString(3),
                        row.getTimestamp(4).toInstant(),
                        row.getTimestamp(5).toInstant(),
                        State.valueOf(row.getString(6)),
                        (Integer) row.getObject(7),
                        row.getInt(8),
                        row.getString(9) == null
                                ? null
                                : JSON.readValue(row.getString(9), OfstedListImport.Outcome.class),
                        row.getString(10)))
                .optional();
    }

    private void run(UUID id, String fileName, byte[] xlsx) throws IOException {
        try (InputStream in = new ByteArrayInputStream(xlsx)) {
            OfstedListImport.Outcome outcome = importer.importList(
                    fileName,
                    in,
                    (done, total) -> jobs.record(() -> jdbc.sql(
                                    "update market_ofsted_import set entries_total = ?, entries_done = ?, updated_at = now() where id = ?")
                            .params(total, done, id)
                            .update()));
            jdbc.sql("""
                    update market_ofsted_import set state = ?, outcome = ?::jsonb, entries_done = coalesce(entries_total, 0), updated_at = now()
                    where id = ?
                    """)
                    .params(
                            outcome.imported() ? State.IMPORTED.name() : State.REFUSED.name(),
                            JSON.writeValueAsString(outcome),
                            id)
                    .update();
        }
    }
}
