package uk.placementbroker.insight.returns;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.insight.ssda903.Problem;
import uk.placementbroker.insight.ssda903.Problems;
import uk.placementbroker.insight.ssda903.ReturnReader;
import uk.placementbroker.jobs.BackgroundJobs;
import uk.placementbroker.jobs.BatchedRows;
import uk.placementbroker.jobs.UploadFolders;

/**
 * Imports run in the background so that a large return does not hold the page: the uploaded files
 * are kept in a temporary folder, read by a worker, and the progress (bytes and rows read, the stage)
 * is written to {@code insight_import} as it goes, so that any instance can show the progress bar.
 * How the import ended, with its problems, is kept there too for the result page.
 */
@Component
public class ImportJobs {

    static final int PROGRESS_EVERY_ROWS = 5_000;
    private static final java.time.format.DateTimeFormatter TIME =
            java.time.format.DateTimeFormatter.ofPattern("HH:mm").withZone(java.time.ZoneId.of("Europe/London"));

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public enum State {
        READING,
        COMPUTING,
        IMPORTED,
        REFUSED,
        FAILED
    }

    /** An import as its page shows it. */
    public record Job(
            UUID id,
            int collectionYear,
            String startedBy,
            Instant startedAt,
            Instant updatedAt,
            State state,
            String files,
            boolean overlapsRepaired,
            long bytesTotal,
            long bytesRead,
            long rowsRead,
            Integer children,
            Long episodes,
            Long fatalCount,
            Long warningCount,
            List<Problem> problems,
            String failure,
            boolean instanceGone) {

        public boolean finished() {
            return state == State.IMPORTED || state == State.REFUSED || state == State.FAILED;
        }

        public boolean stopped() {
            return !finished() && instanceGone;
        }

        public int percent() {
            if (finished() || state == State.COMPUTING) {
                return finished() ? 100 : 99;
            }
            return bytesTotal == 0 ? 0 : (int) Math.min(98, bytesRead * 100 / bytesTotal);
        }

        public String stage() {
            if (stopped()) {
                return "The import stopped before it finished. Nothing of it was saved: import the return again.";
            }
            return switch (state) {
                case READING -> String.format("Reading and checking the return: %,d rows so far", rowsRead);
                case COMPUTING -> "Computing the stability measures";
                case IMPORTED -> "Imported";
                case REFUSED -> "Not imported: there are problems to put right";
                case FAILED -> "The import failed: " + failure;
            };
        }
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final BackgroundJobs jobs;
    private final ReturnImport returnImport;
    private final BackgroundJobs.Workers workers;

    ImportJobs(JdbcClient jdbc, JdbcTemplate jdbcTemplate, BackgroundJobs jobs, ReturnImport returnImport) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.returnImport = returnImport;
        // Two imports at a time per instance, the rest queued: an import is heavy on the database.
        this.workers = jobs.workers("903-import", 2, 100);
    }

    /** Keeps the uploaded files and starts importing them; returns the import to follow. */
    public UUID start(
            CurrentUser user, long localAuthorityId, int year, List<MultipartFile> uploads, boolean repairOverlaps) {
        Path folder = keep(names(uploads));
        try {
            return start(user, localAuthorityId, year, folder, repairOverlaps);
        } catch (RuntimeException e) {
            UploadFolders.delete(folder);
            throw e;
        }
    }

    private UUID start(CurrentUser user, long localAuthorityId, int year, Path folder, boolean repairOverlaps) {
        List<Path> files = filesIn(folder);
        long bytes = files.stream().mapToLong(ImportJobs::size).sum();
        UUID id = UUID.randomUUID();
        String fileNames =
                files.stream().map(file -> file.getFileName().toString()).collect(Collectors.joining(", "));
        jobs.record(() -> {
            // One import of a council's return for a year at a time: the lock makes the check and the insert one step.
            jdbc.sql("select pg_advisory_xact_lock(?, ?)")
                    .params((int) localAuthorityId, year)
                    .query((row, number) -> 1)
                    .single();
            jdbc
                    .sql(
                            "select started_by, started_at from insight_import where local_authority_id = ? and collection_year = ?"
                                    + " and state in ('READING', 'COMPUTING') and not "
                                    + BackgroundJobs.instanceGone("instance_id"))
                    .params(localAuthorityId, year)
                    .query((row, number) ->
                            new Unacceptable("The " + year + " return is being imported already (started by "
                                    + row.getString(1) + " at "
                                    + TIME.format(row.getTimestamp(2).toInstant())
                                    + "): wait for that import to finish, then import again if you need to"))
                    .list()
                    .stream()
                    .findFirst()
                    .ifPresent(running -> {
                        throw running;
                    });
            jdbc.sql("""
                    insert into insight_import (id, local_authority_id, collection_year, started_by, state, files, overlaps_repaired,
                                                bytes_total, instance_id)
                    values (?, ?, ?, ?, 'READING', ?, ?, ?, ?)
                    """)
                    .params(
                            id,
                            localAuthorityId,
                            year,
                            user.username(),
                            fileNames,
                            repairOverlaps,
                            bytes,
                            jobs.instance())
                    .update();
        });
        workers.start(
                "The import " + id,
                () -> run(id, user, year, files, repairOverlaps, folder),
                failure -> jdbc.sql(
                                "update insight_import set state = 'FAILED', failure = ?, updated_at = now() where id = ?")
                        .params(
                                "something went wrong on our side, and nothing of the return was saved. Try again, or tell your administrator.",
                                id)
                        .update());
        return id;
    }

    public Optional<Job> find(UUID id, long localAuthorityId) {
        return jdbc.sql("""
                select id, collection_year, started_by, started_at, updated_at, state, files, overlaps_repaired, bytes_total,
                       bytes_read, rows_read, children, episodes, fatal_count, warning_count, problems::text, failure,
                       %s as instance_gone
                from insight_import where id = ? and local_authority_id = ?
                """.formatted(BackgroundJobs.instanceGone("instance_id")))
                .params(id, localAuthorityId)
                .query((row, number) -> new Job(
                        row.getObject(1, UUID.class),
                        row.getInt(2),
                        row.getString(3),
                        row.getTimestamp(4).toInstant(),
                        row.getTimestamp(5).toInstant(),
                        State.valueOf(row.getString(6)),
                        row.getString(7),
                        row.getBoolean(8),
                        row.getLong(9),
                        row.getLong(10),
                        row.getLong(11),
                        (Integer) row.getObject(12),
                        (Long) row.getObject(13),
                        (Long) row.getObject(14),
                        (Long) row.getObject(15),
                        problems(row.getString(16)),
                        row.getString(17),
                        row.getBoolean(18)))
                .optional();
    }

    private void run(UUID id, CurrentUser user, int year, List<Path> files, boolean repairOverlaps, Path folder) {
        AtomicLong bytesRead = new AtomicLong();
        ProblemList everyProblem = new ProblemList(id);
        try {
            List<ReturnReader.Source> sources =
                    files.stream().map(file -> source(file, bytesRead)).toList();
            ReturnImport.Imported imported;
            try {
                imported = returnImport.importReturn(user, year, sources, repairOverlaps, new ReturnImport.Progress() {
                    @Override
                    public void rowsRead(long rows) {
                        if (rows % PROGRESS_EVERY_ROWS == 0) {
                            update(
                                    "update insight_import set bytes_read = ?, rows_read = ?, updated_at = now() where id = ?",
                                    bytesRead.get(),
                                    rows,
                                    id);
                        }
                    }

                    @Override
                    public void problem(Problem problem) {
                        everyProblem.add(problem);
                    }

                    @Override
                    public void computing(long rows) {
                        update(
                                "update insight_import set state = 'COMPUTING', bytes_read = bytes_total, rows_read = ?, updated_at = now() where id = ?",
                                rows,
                                id);
                    }
                });
            } finally {
                everyProblem.flush();
            }
            update(
                    """
                    update insight_import set state = 'IMPORTED', children = ?, episodes = ?, warning_count = ?, fatal_count = 0,
                        problems = ?::jsonb, updated_at = now() where id = ?
                    """,
                    imported.children(),
                    imported.episodes(),
                    imported.problems().warningCount(),
                    json(imported.problems().warnings()),
                    id);
        } catch (ReturnImport.Rejected rejected) {
            Problems problems = rejected.problems();
            update("""
                    update insight_import set state = 'REFUSED', fatal_count = ?, warning_count = ?, problems = ?::jsonb, updated_at = now()
                    where id = ?
                    """, problems.fatalCount(), problems.warningCount(), json(problems.fatal()), id);
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
                "insert into insight_import_problem (import_id, number, fatal, file, row_number, column_name, message) values (?, ?, ?, ?, ?, ?, ?)");
        private int number;

        ProblemList(UUID importId) {
            this.importId = importId;
        }

        void add(Problem problem) {
            rows.add(
                    importId,
                    ++number,
                    problem.fatal(),
                    problem.file(),
                    problem.row(),
                    problem.column(),
                    problem.message());
        }

        void flush() {
            rows.flush();
        }
    }

    /**
     * Every problem an import found, as CSV (file, row, column, problem, whether it stops the import), in file
     * order; the caller has {@link #find found} the import for the user's council.
     */
    public void writeProblems(UUID id, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader("File", "Row", "Column", "Problem", "Stops the import")
                        .get());
        jdbcTemplate.query(
                connection -> {
                    PreparedStatement statement = connection.prepareStatement(
                            "select file, row_number, column_name, message, fatal from insight_import_problem"
                                    + " where import_id = ? order by fatal desc, file, row_number, number");
                    statement.setObject(1, id);
                    statement.setFetchSize(1_000);
                    return statement;
                },
                (ResultSet row) -> {
                    try {
                        csv.printRecord(
                                row.getString(1),
                                row.getLong(2) > 0 ? row.getLong(2) : "",
                                row.getString(3),
                                row.getString(4),
                                row.getBoolean(5) ? "yes" : "no");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        csv.flush();
    }

    private void update(String sql, Object... params) {
        jobs.record(() -> jdbc.sql(sql).params(params).update());
    }

    private static ReturnReader.Source source(Path file, AtomicLong bytesRead) {
        return new ReturnReader.Source() {
            @Override
            public String name() {
                return file.getFileName().toString();
            }

            @Override
            public Reader open() throws IOException {
                return new CountingReader(Files.newBufferedReader(file, StandardCharsets.UTF_8), bytesRead);
            }
        };
    }

    /** Counts characters read, close enough to bytes for the ASCII of a 903 file. */
    private static final class CountingReader extends FilterReader {

        private final AtomicLong count;

        CountingReader(Reader in, AtomicLong count) {
            super(in);
            this.count = count;
        }

        @Override
        public int read() throws IOException {
            int read = super.read();
            if (read >= 0) {
                count.incrementAndGet();
            }
            return read;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                count.addAndGet(read);
            }
            return read;
        }
    }

    /** Keeps the uploads in a folder of their own; nothing is left behind if a file cannot be kept. */
    private static Path keep(List<UploadedName> uploads) {
        Path folder = null;
        try {
            folder = UploadFolders.create("903");
            for (UploadedName upload : uploads) {
                upload.file().transferTo(folder.resolve(upload.name()));
            }
            return folder;
        } catch (IOException | RuntimeException e) {
            if (folder != null) {
                UploadFolders.delete(folder);
            }
            throw new UncheckedIOException(
                    "Could not keep the uploaded return", e instanceof IOException io ? io : new IOException(e));
        }
    }

    private record UploadedName(MultipartFile file, String name) {}

    /**
     * The uploads by the name each is kept under: the last part of the name the browser sent, whether it
     * used / or \ (as Windows does). A name that is not a file's, or the same name twice, is refused.
     */
    static List<UploadedName> names(List<MultipartFile> uploads) {
        Map<String, UploadedName> byName = new java.util.LinkedHashMap<>();
        for (MultipartFile upload : uploads) {
            if (upload.isEmpty()) {
                continue;
            }
            String sent = upload.getOriginalFilename() == null ? "" : upload.getOriginalFilename();
            String name = sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1)
                    .trim();
            if (name.isEmpty()
                    || name.equals(".")
                    || name.equals("..")
                    || name.chars().anyMatch(c -> c < 32)) {
                throw new Unacceptable("One of the files has no usable name (“" + shortened(sent)
                        + "”): upload the return's files as they are named, such as header.csv");
            }
            if (byName.putIfAbsent(name.toLowerCase(java.util.Locale.ROOT), new UploadedName(upload, name)) != null) {
                throw new Unacceptable(
                        "Two of the files are called " + shortened(name) + ": upload each of the return's files once");
            }
        }
        return List.copyOf(byName.values());
    }

    private static String shortened(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }

    /** Uploads refused before anything is kept, in words for the page. */
    public static final class Unacceptable extends RuntimeException {
        Unacceptable(String message) {
            super(message);
        }
    }

    private static List<Path> filesIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String json(List<Problem> problems) {
        return JSON.writeValueAsString(problems.stream()
                .map(problem -> Map.of(
                        "fatal",
                        problem.fatal(),
                        "file",
                        problem.file(),
                        "row",
                        problem.row(),
                        "column",
                        problem.column() == null ? "" : problem.column(),
                        "message",
                        problem.message()))
                .toList());
    }

    private static List<Problem> problems(String json) {
        if (json == null) {
            return List.of();
        }
        List<Map<String, Object>> rows = JSON.readValue(json, new TypeReference<>() {});
        return rows.stream()
                .map(row -> new Problem(
                        (Boolean) row.get("fatal"),
                        (String) row.get("file"),
                        ((Number) row.get("row")).longValue(),
                        "".equals(row.get("column")) ? null : (String) row.get("column"),
                        (String) row.get("message")))
                .toList();
    }
}
