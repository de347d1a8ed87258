package uk.placementbroker.market;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.jobs.BackgroundJobs;
import uk.placementbroker.jobs.BatchedRows;
import uk.placementbroker.jobs.UploadFolders;
import uk.placementbroker.market.ofsted.ListProblem;
import uk.placementbroker.shared.MovedOn;
import uk.placementbroker.shared.NotFound;

/**
 * Provider lists import in the background: a national list has thousands of settings, and where
 * postcodes are looked up over the network each one takes a moment. How far it has got is written to
 * {@code market_ofsted_import} as it goes (in transactions of its own), so that any instance can show
 * the progress bar; the outcome is kept there for the result page. Everyone in the consortium of the
 * person who started it may follow it. A list is read and compared first ({@link State#PREVIEWED}: nothing
 * is kept but what it would add and change); the commissioner then imports it, or discards it.
 */
@Component
public class OfstedImports {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String LIST = "list.xlsx";

    public enum State {
        RUNNING,
        PREVIEWED,
        IMPORTING,
        IMPORTED,
        REFUSED,
        FAILED,
        DISCARDED
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
            String failure,
            boolean instanceGone) {

        public boolean finished() {
            return state != State.RUNNING && state != State.IMPORTING;
        }

        public boolean stopped() {
            return !finished() && instanceGone;
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
                            : String.format(
                                    "Comparing the providers and settings with the directory: %,d of %,d", done, total);
                case IMPORTING ->
                    total == null
                            ? "Reading the spreadsheet again"
                            : String.format("Storing the providers and settings: %,d of %,d", done, total);
                case PREVIEWED -> failure != null ? failure : "Read and compared: nothing is saved until you import it";
                case IMPORTED -> "Imported";
                case REFUSED -> "Not imported: there are problems to put right";
                case FAILED -> "The import failed: " + failure;
                case DISCARDED -> "Discarded: nothing was saved";
            };
        }
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final BackgroundJobs jobs;
    private final OfstedListImport importer;
    private final BackgroundJobs.Workers workers;

    OfstedImports(JdbcClient jdbc, JdbcTemplate jdbcTemplate, BackgroundJobs jobs, OfstedListImport importer) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.importer = importer;
        // One list at a time per instance, the rest queued.
        this.workers = jobs.workers("ofsted-import", 1, 20);
    }

    /**
     * Starts reading and comparing the uploaded list; returns the import to follow. The list is read from a file
     * of its own, and kept in the database until it is imported or discarded, so that any instance can import it.
     */
    public UUID start(CurrentUser user, String fileName, InputStream upload) throws IOException {
        UUID id = UUID.randomUUID();
        String name = fileName == null ? "provider list" : fileName;
        Path folder = UploadFolders.create("ofsted");
        try {
            Path list = folder.resolve(LIST);
            Files.copy(upload, list);
            long size = Files.size(list);
            try (InputStream kept = Files.newInputStream(list)) {
                jdbcTemplate.update("""
                        insert into market_ofsted_import (id, consortium_id, local_authority_id, started_by, file_name, list, instance_id)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """, statement -> {
                    statement.setObject(1, id);
                    statement.setObject(2, user.consortiumId());
                    statement.setObject(3, user.localAuthorityId());
                    statement.setString(4, user.username());
                    statement.setString(5, name);
                    statement.setBinaryStream(6, kept, size);
                    statement.setObject(7, jobs.instance());
                });
            }
            OfstedListImport.Mode mode = OfstedListImport.Mode.preview(user.username(), user.localAuthorityId(), id);
            workers.start(
                    "Comparing provider list " + name,
                    () -> run(id, name, folder, mode),
                    failure -> failed(id, failure, folder));
            return id;
        } catch (IOException | RuntimeException e) {
            UploadFolders.delete(folder);
            throw e;
        }
    }

    /**
     * Stores the list as its preview said, in the background; refused unless it waits, previewed, to be imported.
     * If the directory has changed since the preview, nothing is stored and the new preview is shown to check again.
     */
    public void importPreviewed(CurrentUser user, UUID id) {
        record Waiting(String state, Long localAuthorityId, String preview, String fileName) {}
        Waiting waiting = jdbc.sql("""
                        select state, local_authority_id, preview::text as preview, file_name from market_ofsted_import
                        where id = ? and (consortium_id is not distinct from ? or started_by = ?)
                        """)
                .params(id, user.consortiumId(), user.username())
                .query(Waiting.class)
                .optional()
                .orElseThrow(() -> new NotFound());
        boolean claimed = jdbc.sql("""
                update market_ofsted_import set state = 'IMPORTING', entries_done = 0, failure = null, updated_at = now(),
                    instance_id = ?
                where id = ? and state = 'PREVIEWED'
                """).params(jobs.instance(), id).update() == 1;
        if (!claimed) {
            throw new MovedOn(movedOn(State.valueOf(waiting.state())));
        }
        OfstedListImport.Mode mode = OfstedListImport.Mode.store(
                user.username(),
                waiting.localAuthorityId(),
                id,
                JSON.readValue(waiting.preview(), OfstedListImport.Outcome.class));
        workers.start(
                "Importing provider list " + waiting.fileName(),
                () -> {
                    Path folder = UploadFolders.create("ofsted");
                    try {
                        keptList(id, folder.resolve(LIST));
                        run(id, waiting.fileName(), folder, mode);
                    } finally {
                        UploadFolders.delete(folder);
                    }
                },
                failure -> failed(id, failure, null));
    }

    /** Throws the previewed list away; nothing of it was saved. */
    public void discard(CurrentUser user, UUID id) {
        State state = find(user, id).orElseThrow(() -> new NotFound()).state();
        boolean discarded = jdbc.sql("""
                update market_ofsted_import set state = 'DISCARDED', list = null, updated_at = now() where id = ? and state = 'PREVIEWED'
                """).param(id).update() == 1;
        if (!discarded) {
            throw new MovedOn(movedOn(state));
        }
    }

    private static String movedOn(State state) {
        return switch (state) {
            case IMPORTING -> "This list is being imported already";
            case IMPORTED -> "This list has been imported already";
            case DISCARDED -> "This list was discarded: upload it again to import it";
            default -> "This list cannot be imported: " + state.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** Writes the list kept for the import to {@code file}, as it streams from the database. */
    private void keptList(UUID id, Path file) {
        jdbcTemplate.query(
                "select list from market_ofsted_import where id = ?",
                (ResultSet row) -> {
                    try (InputStream list = row.getBinaryStream(1)) {
                        Files.copy(list, file);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                },
                id);
    }

    private void failed(UUID id, Throwable failure, Path folder) {
        UploadFolders.delete(folder);
        jdbc.sql("update market_ofsted_import set state = 'FAILED', failure = ?, updated_at = now() where id = ?")
                .params(failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage(), id)
                .update();
    }

    /** The import, if it was started by someone in the user's consortium (or by the user). */
    public Optional<Job> find(CurrentUser user, UUID id) {
        return jdbc.sql("""
                select id, file_name, started_by, started_at, updated_at, state, entries_total, entries_done, outcome::text, failure,
                       %s as instance_gone
                from market_ofsted_import
                where id = ? and (consortium_id is not distinct from ? or started_by = ?)
                """.formatted(BackgroundJobs.instanceGone("instance_id")))
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
                        row.getString(10),
                        row.getBoolean(11)))
                .optional();
    }

    private void run(UUID id, String fileName, Path folder, OfstedListImport.Mode mode) {
        try {
            jobs.record(() -> jdbc.sql("delete from market_ofsted_import_problem where import_id = ?")
                    .param(id)
                    .update());
            ProblemList problems = new ProblemList(id);
            OfstedListImport.Outcome outcome = importer.importList(
                    fileName,
                    folder.resolve(LIST),
                    (done, total) -> jobs.record(() -> jdbc.sql(
                                    "update market_ofsted_import set entries_total = ?, entries_done = ?, updated_at = now() where id = ?")
                            .params(total, done, id)
                            .update()),
                    mode,
                    problems::add);
            problems.flush();
            String json = JSON.writeValueAsString(outcome);
            if (!outcome.imported()) {
                finish(id, State.REFUSED, json, null, null);
            } else if (!mode.store()) {
                finish(id, State.PREVIEWED, json, json, null);
            } else if (outcome.sameChangesAs(mode.preview())) {
                finish(id, State.IMPORTED, json, null, null);
            } else {
                finish(
                        id,
                        State.PREVIEWED,
                        json,
                        json,
                        "The directory changed after the list was compared with it, so nothing was saved. Check what it would change now, and import it again.");
            }
        } finally {
            UploadFolders.delete(folder);
        }
    }

    /** Every problem of an import, in the order found, numbered, written as it is found (see {@link BatchedRows}). */
    private final class ProblemList {

        private final UUID importId;
        private final BatchedRows rows = new BatchedRows(
                jobs,
                jdbcTemplate,
                "insert into market_ofsted_import_problem (import_id, number, fatal, sheet, row_number, column_name, message) values (?, ?, ?, ?, ?, ?, ?)");
        private int number;

        ProblemList(UUID importId) {
            this.importId = importId;
        }

        void add(ListProblem problem) {
            rows.add(
                    importId,
                    ++number,
                    problem.fatal(),
                    problem.sheet(),
                    problem.row(),
                    problem.column(),
                    problem.message());
        }

        void flush() {
            rows.flush();
        }
    }

    /**
     * Every problem an import of the list found, as CSV (sheet, row, column, problem, whether it stops the import),
     * written as it is read (in a transaction, so that rows are fetched a thousand at a time); the caller has
     * {@link #find found} the import for the user.
     */
    @Transactional(readOnly = true)
    public void writeProblems(UUID id, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader("Sheet", "Row", "Column", "Problem", "Stops the import")
                        .get());
        jdbcTemplate.query(
                connection -> {
                    PreparedStatement statement = connection.prepareStatement(
                            "select sheet, row_number, column_name, message, fatal from market_ofsted_import_problem"
                                    + " where import_id = ? order by fatal desc, sheet, row_number, number");
                    statement.setObject(1, id);
                    statement.setFetchSize(1_000);
                    return statement;
                },
                (ResultSet row) -> {
                    try {
                        csv.printRecord(
                                row.getString(1),
                                row.getInt(2) > 0 ? row.getInt(2) : "",
                                row.getString(3),
                                row.getString(4),
                                row.getBoolean(5) ? "yes" : "no");
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
        csv.flush();
    }

    private void finish(UUID id, State state, String outcome, String preview, String note) {
        jdbc.sql("""
                update market_ofsted_import set state = ?, outcome = ?::jsonb, preview = coalesce(?::jsonb, preview), failure = ?,
                    list = case when ? in ('PREVIEWED') then list end, entries_done = coalesce(entries_total, 0), updated_at = now()
                where id = ?
                """)
                .params(state.name(), outcome, preview, note, state.name(), id)
                .update();
    }
}
