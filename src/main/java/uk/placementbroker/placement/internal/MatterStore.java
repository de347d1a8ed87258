package uk.placementbroker.placement.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.placementbroker.placement.Matter;

/** The table of disputes, complaints and compliments. */
@Component
public class MatterStore {

    private final JdbcClient jdbc;

    MatterStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every matter of the placement, the latest first. */
    public List<Matter> of(long placementId) {
        return jdbc.sql("""
                select id, kind, raised_by, about, raised_on, recorded_by, recorded_at, resolution, resolved_by, resolved_at
                from placement_matter where placement_id = ? order by raised_on desc, id desc
                """).param(placementId).query(Matter.class).list();
    }

    public long insert(
            long placementId, Matter.Kind kind, String raisedBy, String about, LocalDate raisedOn, String by) {
        return jdbc.sql("""
                insert into placement_matter (placement_id, kind, raised_by, about, raised_on, recorded_by)
                values (?, ?, ?, ?, ?, ?) returning id
                """)
                .params(placementId, kind.name(), raisedBy, about, raisedOn, by)
                .query(Long.class)
                .single();
    }

    /** @return whether it was there, open */
    public boolean resolve(long placementId, long matterId, String resolution, String by) {
        return jdbc.sql("""
                update placement_matter set resolution = ?, resolved_by = ?, resolved_at = now()
                where id = ? and placement_id = ? and resolved_at is null
                """).params(resolution, by, matterId, placementId).update() == 1;
    }
}
