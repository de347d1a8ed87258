package uk.placementbroker.placement.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import uk.placementbroker.placement.Variation;
import uk.placementbroker.shared.Money;

/** The variations table. Each step names the state it moves from: a stale step changes nothing. */
@Component
public class VariationStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SELECT = """
            select id, placement_id, asked_by_provider, asked_by, asked_at, effective_from, reason, explanation,
                   changes::text as changes, weekly_before_pence, weekly_after_pence, state, agreed_by, decided_by, decided_at,
                   refusal, contract_version
            from placement_variation
            """;

    private final JdbcClient jdbc;

    VariationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the new variation's id, or empty when one is already open for the placement */
    public Optional<Long> insert(Variation variation) {
        try {
            return Optional.of(jdbc.sql("""
                    insert into placement_variation (placement_id, asked_by_provider, asked_by, effective_from, reason, explanation,
                        changes, weekly_before_pence, weekly_after_pence, state, agreed_by)
                    values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?) returning id
                    """)
                    .params(
                            variation.placementId(),
                            variation.askedByProvider(),
                            variation.askedBy(),
                            variation.effectiveFrom(),
                            variation.reason().name(),
                            variation.explanation(),
                            JSON.writeValueAsString(variation.changes()),
                            variation.weeklyBefore().pence(),
                            variation.weeklyAfter().pence(),
                            variation.state().name(),
                            variation.agreedBy())
                    .query(Long.class)
                    .single());
        } catch (DuplicateKeyException oneIsOpen) {
            return Optional.empty();
        }
    }

    /** Every variation of the placement, the latest first. */
    public List<Variation> of(long placementId) {
        return jdbc.sql(SELECT + " where placement_id = ? order by id desc")
                .param(placementId)
                .query(VariationStore::variation)
                .list();
    }

    public Optional<Variation> find(long placementId, long id) {
        return jdbc.sql(SELECT + " where placement_id = ? and id = ?")
                .params(placementId, id)
                .query(VariationStore::variation)
                .optional();
    }

    /** The council's variations waiting for a decision, the oldest first. */
    public List<Variation> openIn(long localAuthorityId) {
        return jdbc.sql(SELECT + """
                        where state in ('ASKED', 'WAITING_FOR_APPROVAL')
                          and placement_id in (select id from placement_placement where local_authority_id = ?)
                        order by asked_at
                        """)
                .param(localAuthorityId)
                .query(VariationStore::variation)
                .list();
    }

    public boolean agree(long id, Variation.State from, Variation.State to, String by) {
        return jdbc.sql("update placement_variation set state = ?, agreed_by = ? where id = ? and state = ?")
                        .params(to.name(), by, id, from.name())
                        .update()
                == 1;
    }

    public boolean approve(long id, Variation.State from, String by, int contractVersion) {
        return jdbc.sql("""
                update placement_variation set state = 'APPROVED', decided_by = ?, decided_at = now(), contract_version = ?
                where id = ? and state = ?
                """).params(by, contractVersion, id, from.name()).update() == 1;
    }

    public boolean refuse(long id, Variation.State from, String by, String why) {
        return jdbc.sql("""
                update placement_variation set state = 'REFUSED', decided_by = ?, decided_at = now(), refusal = ?
                where id = ? and state = ?
                """).params(by, why, id, from.name()).update() == 1;
    }

    private static Variation variation(ResultSet row, int number) throws SQLException {
        return new Variation(
                row.getLong("id"),
                row.getLong("placement_id"),
                row.getBoolean("asked_by_provider"),
                row.getString("asked_by"),
                row.getTimestamp("asked_at").toInstant(),
                row.getObject("effective_from", LocalDate.class),
                Variation.Reason.valueOf(row.getString("reason")),
                row.getString("explanation"),
                JSON.readValue(row.getString("changes"), new TypeReference<List<Variation.Change>>() {}),
                new Money(row.getLong("weekly_before_pence")),
                new Money(row.getLong("weekly_after_pence")),
                Variation.State.valueOf(row.getString("state")),
                row.getString("agreed_by"),
                row.getString("decided_by"),
                row.getTimestamp("decided_at") == null
                        ? null
                        : row.getTimestamp("decided_at").toInstant(),
                row.getString("refusal"),
                row.getObject("contract_version", Integer.class));
    }
}
