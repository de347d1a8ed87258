package uk.placementbroker.placement.internal;

import java.time.ZoneId;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.placementbroker.market.Locations;
import uk.placementbroker.market.MarketDirectory;
import uk.placementbroker.placement.Placement;
import uk.placementbroker.placement.StandardPlacement;
import uk.placementbroker.shared.GeoPoint;
import uk.placementbroker.shared.Postcode;

/**
 * A placement in the Placements Standard's terms. Whether its location was the one preferred, and
 * whether the child can stay at their school, are judged from the referral's own limits: within its
 * maximum distance of home (and not in an area to avoid), and of the school.
 */
@Component
public class StandardPlacements {

    private final MarketDirectory market;
    private final Locations locations;

    StandardPlacements(MarketDirectory market, Locations locations) {
        this.market = market;
        this.locations = locations;
    }

    public StandardPlacement of(Placement placement, StandardPlacement.Asked asked) {
        Optional<MarketDirectory.PlacedHome> home = market.placedHome(placement.home());
        Optional<String> outwardCode = home.map(MarketDirectory.PlacedHome::outwardCode);
        Optional<GeoPoint> where = outwardCode.flatMap(Postcode::parse).flatMap(locations::locate);
        String district = home.map(MarketDirectory.PlacedHome::district).orElse(null);
        Boolean avoided = outwardCode
                .map(code -> asked.areasToAvoid().stream()
                        .anyMatch(area -> area.equalsIgnoreCase(code) || area.equalsIgnoreCase(district)))
                .orElse(null);
        Boolean nearHome = within(where, asked.homePostcode(), asked.maximumMiles());
        return new StandardPlacement(
                placement.weeklyCost(),
                outwardCode
                        .map(code -> district == null ? code : code + ", " + district)
                        .orElse(placement.homeName()),
                nearHome == null || avoided == null ? null : nearHome && !avoided,
                within(where, asked.schoolPostcode(), asked.maximumMiles()),
                home.map(MarketDirectory.PlacedHome::urn).orElse(null),
                asked.siblings() == null ? 0 : asked.siblings(),
                home.map(StandardPlacements::type).orElse(null),
                placement.agreedBy(),
                placement.agreedAt().atZone(ZoneId.of("Europe/London")).toLocalDate());
    }

    private Boolean within(Optional<GeoPoint> home, String postcode, Integer miles) {
        if (home.isEmpty() || postcode == null || miles == null) {
            return null;
        }
        return Postcode.parse(postcode)
                .flatMap(locations::locate)
                .map(point -> point.milesTo(home.get()) <= miles)
                .orElse(null);
    }

    private static String type(MarketDirectory.PlacedHome home) {
        return switch (home.type()) {
            case FOSTERING -> "Foster";
            case RESIDENTIAL -> "Residential";
            case SUPPORTED_ACCOMMODATION -> "Supported Accommodation";
            default -> null;
        };
    }
}
