package uk.placementbroker.insight.records;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.placementbroker.identity.Organisations;
import uk.placementbroker.insight.indicators.PlacementPlaces;
import uk.placementbroker.market.Locations;
import uk.placementbroker.shared.GeoPoint;
import uk.placementbroker.shared.Postcode;

/** Where a council's return's postcodes are: the market directory's outward-code centres, and the council's area as its administrator set it. */
@Component
public class CouncilPlaces {

    private final Locations locations;
    private final Organisations organisations;

    CouncilPlaces(Locations locations, Organisations organisations) {
        this.locations = locations;
        this.organisations = organisations;
    }

    public PlacementPlaces of(long localAuthorityId) {
        Set<String> area = organisations.areaOf(localAuthorityId).stream()
                .map(CouncilPlaces::normalised)
                .collect(Collectors.toSet());
        return new PlacementPlaces() {
            @Override
            public Optional<GeoPoint> centre(String postcode) {
                return Postcode.parse(postcode).flatMap(locations::locate);
            }

            @Override
            public Optional<Boolean> inCouncilArea(String postcode) {
                if (area.isEmpty()) {
                    return Optional.empty();
                }
                return Postcode.parse(postcode)
                        .flatMap(locations::district)
                        .map(district -> area.contains(normalised(district)));
            }
        };
    }

    private static String normalised(String district) {
        return district.strip().toLowerCase(Locale.ROOT);
    }
}
