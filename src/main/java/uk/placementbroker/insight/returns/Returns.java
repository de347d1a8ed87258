package uk.placementbroker.insight.returns;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import uk.placementbroker.insight.indicators.ChildHistory;
import uk.placementbroker.insight.indicators.IndicatorSettings;
import uk.placementbroker.insight.indicators.MeasureResult;
import uk.placementbroker.insight.ssda903.Problems;
import uk.placementbroker.insight.ssda903.ReturnContents;
import uk.placementbroker.insight.ssda903.Table;
import uk.placementbroker.insight.ssda903.TableReader;

/** The 903 returns councils have imported, their rows, and the measures computed from them. Every query names the council. */
@Repository
public class Returns {

    static final int BATCH_SIZE = 1_000;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> VALUES = new TypeReference<>() {};

    /** One imported year of a council's return. */
    public record ImportedReturn(
            long id,
            long localAuthorityId,
            int collectionYear,
            Instant importedAt,
            String importedBy,
            String files,
            int children,
            int episodes,
            long warnings,
            boolean overlapsRepaired) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    Returns(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<ImportedReturn> of(List<Long> localAuthorityIds) {
        if (localAuthorityIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, local_authority_id, collection_year, imported_at, imported_by, files, children, episodes, warnings, overlaps_repaired
                from insight_return where local_authority_id in (:councils) order by collection_year desc, local_authority_id
                """)
                .param("councils", localAuthorityIds)
                .query(ImportedReturn.class)
                .list();
    }

    /** Starts a year's return afresh: the year's earlier import, if any, goes (in the caller's transaction). */
    public long replace(long localAuthorityId, int year, String importedBy, String files, boolean overlapsRepaired) {
        jdbc.sql("delete from insight_return where local_authority_id = ? and collection_year = ?")
                .params(localAuthorityId, year)
                .update();
        return jdbc.sql("""
                insert into insight_return (local_authority_id, collection_year, imported_by, files, overlaps_repaired)
                values (?, ?, ?, ?, ?) returning id
                """)
                .params(localAuthorityId, year, importedBy, files, overlapsRepaired)
                .query(Long.class)
                .single();
    }

    public void finish(long returnId, int children, int episodes, long warnings) {
        jdbc.sql("update insight_return set children = ?, episodes = ?, warnings = ? where id = ?")
                .params(children, episodes, warnings, returnId)
                .update();
    }

    /** A batch writer of one return's rows: call {@link RowWriter#add} for each, then {@link RowWriter#flush}. */
    public RowWriter rowWriter(long returnId) {
        return new RowWriter(returnId);
    }

    public final class RowWriter {

        private final long returnId;
        private final List<Object[]> batch = new ArrayList<>(BATCH_SIZE);

        private RowWriter(long returnId) {
            this.returnId = returnId;
        }

        void add(TableReader.Row row) {
            batch.add(new Object[] {
                returnId,
                row.table().specificationName(),
                row.number(),
                row.get("CHILD") == null ? "" : row.get("CHILD"),
                JSON.writeValueAsString(row.values()),
                row.year()
            });
            if (batch.size() == BATCH_SIZE) {
                flush();
            }
        }

        void flush() {
            if (!batch.isEmpty()) {
                jdbcTemplate.batchUpdate("""
                        insert into insight_return_row (return_id, table_name, row_number, child, row_values, row_year)
                        values (?, ?, ?, ?, ?::jsonb, ?)
                        """, batch);
                batch.clear();
            }
        }
    }

    /**
     * Each child of all the council's imported years, one at a time in child order, as the measures see them: the
     * rows read back a child at a time (where two years hold the same episode, the later year's is kept), checked with
     * overlaps repaired as at the import. Memory holds one child, however large the returns.
     */
    @Transactional(readOnly = true)
    public void eachChild(long localAuthorityId, Consumer<ChildHistory> each) {
        childByChild("r.local_authority_id = ?", localAuthorityId, Table::fileName, child -> {
            child.check(new Problems(), true);
            child.histories(IndicatorSettings.DFE).forEach(each);
        });
    }

    /**
     * Each child of one return as its rows were kept, one at a time in child order, for the checks of a child's whole
     * history; {@code fileOfTable} names the file each table came from, for the problems' words.
     */
    public void eachChildOf(long returnId, Map<Table, String> fileOfTable, Consumer<ReturnContents> each) {
        childByChild("r.id = ?", returnId, table -> fileOfTable.getOrDefault(table, table.fileName()), each);
    }

    private void childByChild(
            String which, long id, java.util.function.Function<Table, String> fileName, Consumer<ReturnContents> each) {
        String[] current = {null};
        ReturnContents[] child = {null};
        jdbcTemplate.query(
                connection -> {
                    PreparedStatement statement = connection.prepareStatement("""
                            select coalesce(rr.row_year, r.collection_year), rr.table_name, rr.row_number,
                                   rr.row_values::text, rr.child
                            from insight_return_row rr join insight_return r on r.id = rr.return_id
                            where %s and rr.table_name in ('Header', 'UASC', 'Episodes')
                            order by rr.child, r.collection_year, rr.table_name, rr.row_number
                            """.formatted(which));
                    statement.setLong(1, id);
                    // A cursor, not the whole result at once: the driver reads ahead this many rows.
                    statement.setFetchSize(5_000);
                    return statement;
                },
                (ResultSet row) -> {
                    String childId = row.getString(5);
                    if (!childId.equals(current[0])) {
                        if (child[0] != null) {
                            each.accept(child[0]);
                        }
                        current[0] = childId;
                        child[0] = new ReturnContents();
                    }
                    Table table = Table.bySpecificationName(row.getString(2)).orElseThrow();
                    child[0].add(
                            fileName.apply(table),
                            new TableReader.Row(
                                    table, row.getLong(3), row.getInt(1), JSON.readValue(row.getString(4), VALUES)));
                });
        if (child[0] != null) {
            each.accept(child[0]);
        }
    }

    /** A child of the returns whose review was overdue on a 31 March: who, in what placement, since when, due when. */
    public record ReviewOverdue(String child, String placementType, LocalDate since, LocalDate due) {}

    /** Keeps the council's overdue reviews as at {@code asAt}, in place of the list kept before. */
    public void replaceReviewsOverdue(long localAuthorityId, LocalDate asAt, List<ReviewOverdue> overdue) {
        jdbc.sql("delete from insight_review_overdue where local_authority_id = ?")
                .param(localAuthorityId)
                .update();
        jdbcTemplate.batchUpdate(
                "insert into insight_review_overdue (local_authority_id, child, placement_type, since, due)"
                        + " values (?, ?, ?, ?, ?)",
                overdue.stream()
                        .map(review -> new Object[] {
                            localAuthorityId, review.child(), review.placementType(), review.since(), review.due()
                        })
                        .toList());
        jdbc.sql("""
                insert into insight_review_overdue_as_at (local_authority_id, as_at) values (?, ?)
                on conflict (local_authority_id) do update set as_at = excluded.as_at
                """).params(localAuthorityId, asAt).update();
    }

    /**
     * The first {@code first} of the council's overdue reviews kept for {@code asAt}, longest overdue first, and how
     * many there are; empty when none were worked out for that day.
     */
    public java.util.Optional<ReviewsOverdue> reviewsOverdue(long localAuthorityId, LocalDate asAt, int first) {
        boolean workedOut =
                jdbc.sql("select count(*) from insight_review_overdue_as_at where local_authority_id = ? and as_at = ?")
                                .params(localAuthorityId, asAt)
                                .query(Long.class)
                                .single()
                        > 0;
        if (!workedOut) {
            return java.util.Optional.empty();
        }
        List<ReviewOverdue> shown = jdbc.sql("""
                        select child, placement_type, since, due from insight_review_overdue
                        where local_authority_id = ? order by due, child limit ?
                        """)
                .params(localAuthorityId, first)
                .query(ReviewOverdue.class)
                .list();
        long count = jdbc.sql("select count(*) from insight_review_overdue where local_authority_id = ?")
                .param(localAuthorityId)
                .query(Long.class)
                .single();
        return java.util.Optional.of(new ReviewsOverdue(shown, count));
    }

    /** The first of a council's overdue reviews, and how many there are in all. */
    public record ReviewsOverdue(List<ReviewOverdue> first, long count) {}

    /** Each child's review dates, from every imported year of the council's return. */
    public Map<String, List<LocalDate>> reviewsOf(long localAuthorityId) {
        Map<String, List<LocalDate>> reviews = new HashMap<>();
        jdbc.sql("""
                select distinct rr.child, (rr.row_values ->> 'REVIEW')::date as review
                from insight_return_row rr join insight_return r on r.id = rr.return_id
                where r.local_authority_id = ? and rr.table_name = 'Reviews' and rr.row_values ->> 'REVIEW' is not null
                """).param(localAuthorityId).query(resultSet -> {
            reviews.computeIfAbsent(resultSet.getString(1), child -> new ArrayList<>())
                    .add(resultSet.getObject(2, LocalDate.class));
        });
        return reviews;
    }

    public List<Integer> years(long localAuthorityId) {
        return jdbc.sql(
                        "select collection_year from insight_return where local_authority_id = ? order by collection_year")
                .param(localAuthorityId)
                .query(Integer.class)
                .list();
    }

    public void replaceMeasures(long localAuthorityId, List<MeasureResult> results) {
        jdbc.sql("delete from insight_measure where local_authority_id = ?")
                .param(localAuthorityId)
                .update();
        List<Object[]> rows = results.stream()
                .map(result -> new Object[] {
                    localAuthorityId,
                    result.year(),
                    result.measure().key(),
                    result.cut(),
                    result.category() == null ? "" : result.category(),
                    result.numerator(),
                    result.denominator()
                })
                .toList();
        jdbcTemplate.batchUpdate("""
                insert into insight_measure (local_authority_id, collection_year, measure, cut, category, numerator, denominator)
                values (?, ?, ?, ?, ?, ?, ?)
                """, rows);
    }
}
