package uk.placementbroker.placement;

import java.time.LocalDate;
import uk.placementbroker.shared.Money;

/**
 * A placement as the Placements Standard's "Actual placement" section records it.
 *
 * @param preferredLocation whether the home is where the referral asked (within its distance of home, not in an area to avoid), or null if not known
 * @param educationContinuity whether the home is within the referral's distance of the child's school, or null if not known
 * @param type "Residential", "Foster" or "Supported Accommodation", or null for another kind
 * @param officer who agreed the placement
 */
public record StandardPlacement(
        Money weeklyCost,
        String location,
        Boolean preferredLocation,
        Boolean educationContinuity,
        String urn,
        int siblingsPlacedTogether,
        String type,
        String officer,
        LocalDate enteredOn) {

    /** What the referral asked of the home's location, as the standard judges the placement against it. */
    public record Asked(
            String homePostcode,
            String schoolPostcode,
            Integer maximumMiles,
            java.util.List<String> areasToAvoid,
            Integer siblings) {}
}
