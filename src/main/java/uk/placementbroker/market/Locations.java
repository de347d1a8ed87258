package uk.placementbroker.market;

import java.util.Optional;
import uk.placementbroker.shared.GeoPoint;
import uk.placementbroker.shared.Postcode;

/**
 * Where a postcode is, to the centre of its outward code (postcode district): close enough to compare
 * distances to school and home, and no closer than an anonymised referral may say.
 */
public interface Locations {

    Optional<GeoPoint> locate(Postcode postcode);

    /** The local authority district of the outward code, where known, for areas to avoid given by district. */
    Optional<String> district(Postcode postcode);
}
