package uk.placementbroker.placement.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import uk.placementbroker.placement.Contract;
import uk.placementbroker.placement.ContractQuery;
import uk.placementbroker.placement.ContractVersion;

/** The contract tables. Each change checks the state it changes from: a stale step changes nothing and says so. */
@Component
public class ContractStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SELECT = """
            select placement_id, version, effective_from, document::text as document, made_by, made_at, reason, issued_by,
                   issued_at, council_signed_by, council_signed_at, provider_accepted_by, provider_accepted_as,
                   provider_accepted_at
            from placement_contract_version
            """;

    private final JdbcClient jdbc;

    ContractStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(
            long placementId, int version, LocalDate effectiveFrom, Contract contract, String madeBy, String reason) {
        jdbc.sql("""
                insert into placement_contract_version (placement_id, version, effective_from, document, made_by, reason)
                values (?, ?, ?, ?::jsonb, ?, ?)
                """)
                .params(placementId, version, effectiveFrom, JSON.writeValueAsString(contract), madeBy, reason)
                .update();
    }

    /** Every version, the latest first. */
    public List<ContractVersion> versions(long placementId) {
        return jdbc.sql(SELECT + " where placement_id = ? order by version desc")
                .param(placementId)
                .query(ContractStore::version)
                .list();
    }

    /** Each placement's latest version, read at once for a list of placements. */
    public java.util.Map<Long, ContractVersion> latestOf(List<Long> placementIds) {
        if (placementIds.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, ContractVersion> latest = new java.util.HashMap<>();
        jdbc.sql(SELECT.replace("select ", "select distinct on (placement_id) ")
                        + " where placement_id = any (?) order by placement_id, version desc")
                .param(placementIds.toArray(Long[]::new))
                .query(ContractStore::version)
                .list()
                .forEach(version -> latest.put(version.placementId(), version));
        return latest;
    }

    public Optional<ContractVersion> version(long placementId, int version) {
        return jdbc.sql(SELECT + " where placement_id = ? and version = ?")
                .params(placementId, version)
                .query(ContractStore::version)
                .optional();
    }

    /** @return whether the draft was there to change */
    public boolean saveDraft(long placementId, int version, Contract contract) {
        return jdbc.sql("""
                update placement_contract_version set document = ?::jsonb
                where placement_id = ? and version = ? and issued_at is null
                """)
                        .params(JSON.writeValueAsString(contract), placementId, version)
                        .update()
                == 1;
    }

    public boolean issue(long placementId, int version, String by) {
        return jdbc.sql("""
                update placement_contract_version set issued_by = ?, issued_at = now()
                where placement_id = ? and version = ? and issued_at is null
                """).params(by, placementId, version).update() == 1;
    }

    public boolean signForTheCouncil(long placementId, int version, String by) {
        return jdbc.sql("""
                update placement_contract_version set council_signed_by = ?, council_signed_at = now()
                where placement_id = ? and version = ? and issued_at is not null and council_signed_at is null
                """).params(by, placementId, version).update() == 1;
    }

    public boolean acceptForTheProvider(long placementId, int version, String by, String as) {
        return jdbc.sql("""
                update placement_contract_version set provider_accepted_by = ?, provider_accepted_as = ?, provider_accepted_at = now()
                where placement_id = ? and version = ? and issued_at is not null and provider_accepted_at is null
                  and not exists (select 1 from placement_contract_query q
                                  where q.placement_id = placement_contract_version.placement_id
                                    and q.version = placement_contract_version.version and q.answered_at is null)
                """).params(by, as, placementId, version).update() == 1;
    }

    public long raiseQuery(long placementId, int version, String by, String question) {
        return jdbc.sql("""
                insert into placement_contract_query (placement_id, version, raised_by, question) values (?, ?, ?, ?) returning id
                """)
                .params(placementId, version, by, question)
                .query(Long.class)
                .single();
    }

    public boolean answerQuery(long placementId, long queryId, String by, String answer) {
        return jdbc.sql("""
                update placement_contract_query set answered_by = ?, answered_at = now(), answer = ?
                where id = ? and placement_id = ? and answered_at is null
                """).params(by, answer, queryId, placementId).update() == 1;
    }

    public List<ContractQuery> queries(long placementId) {
        return jdbc.sql("""
                select id, version, raised_by, raised_at, question, answered_by, answered_at, answer
                from placement_contract_query where placement_id = ? order by id
                """).param(placementId).query(ContractQuery.class).list();
    }

    private static ContractVersion version(ResultSet row, int number) throws SQLException {
        return new ContractVersion(
                row.getLong("placement_id"),
                row.getInt("version"),
                row.getObject("effective_from", LocalDate.class),
                JSON.readValue(row.getString("document"), Contract.class),
                row.getString("made_by"),
                row.getTimestamp("made_at").toInstant(),
                row.getString("reason"),
                row.getString("issued_by"),
                instant(row, "issued_at"),
                row.getString("council_signed_by"),
                instant(row, "council_signed_at"),
                row.getString("provider_accepted_by"),
                row.getString("provider_accepted_as"),
                instant(row, "provider_accepted_at"));
    }

    private static java.time.Instant instant(ResultSet row, String column) throws SQLException {
        java.sql.Timestamp at = row.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
