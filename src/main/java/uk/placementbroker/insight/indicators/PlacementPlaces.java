package uk.placementbroker.insight.indicators;

import java.util.Optional;
import uk.placementbroker.shared.GeoPoint;

/**
 * Where the postcodes of a return are, for the distance and area measures: HOME_POST and PL_POST (an
 * outward code or a whole postcode) to the centre of the outward code, and whether a placement is in
 * the council's own area. Either may not be known; the measures then say "not known".
 */
public interface PlacementPlaces {

    Optional<GeoPoint> centre(String postcode);

    /** Whether the postcode is in the council's area; empty when the postcode or the council's area is not known. */
    Optional<Boolean> inCouncilArea(String postcode);

    /** Nothing known: every distance and area is "not known". */
    PlacementPlaces NOT_KNOWN = new PlacementPlaces() {
        @Override
        public Optional<GeoPoint> centre(String postcode) {
            return Optional.empty();
        }

        @Override
        public Optional<Boolean> inCouncilArea(String postcode) {
            return Optional.empty();
        }
    };
}
