package uk.placementbroker.market;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import uk.placementbroker.shared.GeoPoint;
import uk.placementbroker.shared.Postcode;

/**
 * Outward-code centres from the {@code market_outward_code} table (loaded from an open-data table of
 * postcode districts, or by the demo), and, for a code the table does not hold, from a
 * postcodes.io-compatible service when one is configured ({@code POSTCODE_SERVICE_URL}); what the
 * service answers is kept in the table, so each code is looked up once.
 */
@Component
class OutwardCodeLocations implements Locations {

    private static final Logger log = LoggerFactory.getLogger(OutwardCodeLocations.class);

    private record Known(GeoPoint centre, String district) {}

    private final JdbcClient jdbc;
    private final PostcodesIoClient service;
    private final Map<String, Optional<Known>> cache = new ConcurrentHashMap<>();

    OutwardCodeLocations(JdbcClient jdbc, @Value("${placementbroker.postcode-service-url:}") String serviceUrl) {
        this.jdbc = jdbc;
        this.service = StringUtils.hasText(serviceUrl) ? new PostcodesIoClient(serviceUrl) : null;
    }

    @Override
    public Optional<GeoPoint> locate(Postcode postcode) {
        return known(postcode.outwardCode()).map(Known::centre);
    }

    @Override
    public Optional<String> district(Postcode postcode) {
        return known(postcode.outwardCode()).map(Known::district);
    }

    private Optional<Known> known(String outwardCode) {
        Optional<Known> cached = cache.get(outwardCode);
        if (cached != null) {
            return cached;
        }
        Optional<Known> found = jdbc.sql("select latitude, longitude, district from market_outward_code where code = ?")
                .param(outwardCode)
                .query((row, number) -> new Known(new GeoPoint(row.getDouble(1), row.getDouble(2)), row.getString(3)))
                .optional();
        if (found.isEmpty() && service != null) {
            found = service.outcode(outwardCode).map(outcode -> new Known(outcode.centre(), outcode.district()));
            found.ifPresent(known -> remember(outwardCode, known));
        }
        // Only what was found is kept: a code unknown now may be added to the table later.
        found.ifPresent(known -> cache.put(outwardCode, Optional.of(known)));
        return found;
    }

    private void remember(String outwardCode, Known known) {
        try {
            jdbc.sql("""
                    insert into market_outward_code (code, latitude, longitude, district, source) values (?, ?, ?, ?, 'postcode service')
                    on conflict (code) do nothing
                    """)
                    .params(
                            outwardCode,
                            known.centre().latitude(),
                            known.centre().longitude(),
                            known.district())
                    .update();
        } catch (RuntimeException e) {
            log.warn("Could not keep the location of {}", outwardCode, e);
        }
    }
}
