package db.migration;

import java.sql.PreparedStatement;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import uk.placementbroker.shared.GeoPoint;
import uk.placementbroker.shared.OutwardCodeCentres;

/**
 * Fills the outward-code locations from the centres shipped with the product (one source for the service and the
 * analysts' command line), keeping any district already named; approximate centres are replaced.
 */
public class V20261204160000__Outward_code_centres extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (PreparedStatement insert = context.getConnection().prepareStatement("""
                insert into market_outward_code (code, latitude, longitude, district, source) values (?, ?, ?, null, ?)
                on conflict (code) do update set latitude = excluded.latitude, longitude = excluded.longitude,
                    source = excluded.source
                """)) {
            for (Map.Entry<String, GeoPoint> centre : OutwardCodeCentres.all().entrySet()) {
                insert.setString(1, centre.getKey());
                insert.setDouble(2, centre.getValue().latitude());
                insert.setDouble(3, centre.getValue().longitude());
                insert.setString(4, OutwardCodeCentres.SOURCE);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
