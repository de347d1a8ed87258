package uk.placementbroker.jobs;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows a job writes as it goes (such as every problem an import finds), a thousand at a time, each batch in a
 * transaction of its own beside the job's: kept even when the job's own work is rolled back, and never all held.
 */
public final class BatchedRows {

    private static final int BATCH = 1_000;

    private final BackgroundJobs jobs;
    private final JdbcTemplate jdbc;
    private final String insert;
    private final List<Object[]> waiting = new ArrayList<>();

    /** @param insert an insert with one placeholder for each value of a row */
    public BatchedRows(BackgroundJobs jobs, JdbcTemplate jdbc, String insert) {
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.insert = insert;
    }

    public void add(Object... row) {
        waiting.add(row);
        if (waiting.size() == BATCH) {
            flush();
        }
    }

    /** Writes the rows still waiting; call it when the job ends. */
    public void flush() {
        if (waiting.isEmpty()) {
            return;
        }
        List<Object[]> batch = List.copyOf(waiting);
        waiting.clear();
        jobs.record(() -> jdbc.batchUpdate(insert, batch));
    }
}
