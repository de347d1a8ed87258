package uk.placementbroker.insight.returns;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the computed measures for the manager's pages. */
@Repository
public class Measures {

    /** One measure of one council and year, for one care group and category ("" when the measure has none). */
    public record Row(
            long localAuthorityId,
            int collectionYear,
            String measure,
            String cut,
            String category,
            long numerator,
            long denominator) {

        public Double percent() {
            return denominator == 0 ? null : Math.round(numerator * 1000.0 / denominator) / 10.0;
        }
    }

    private final JdbcClient jdbc;

    Measures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> of(List<Long> localAuthorityIds, String cut) {
        if (localAuthorityIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select local_authority_id, collection_year, measure, cut, category, numerator, denominator
                from insight_measure where local_authority_id in (:councils) and cut = :cut
                order by local_authority_id, collection_year, measure, category
                """)
                .param("councils", localAuthorityIds)
                .param("cut", cut)
                .query(Row.class)
                .list();
    }

    /** Every care group the councils' figures can be cut by, such as "sex=2". */
    public List<String> cuts(List<Long> localAuthorityIds) {
        if (localAuthorityIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select distinct cut from insight_measure where local_authority_id in (:councils) order by cut")
                .param("councils", localAuthorityIds)
                .query(String.class)
                .list();
    }
}
