package uk.placementbroker.referral.web;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.placementbroker.market.Locations;
import uk.placementbroker.market.MarketDirectory;
import uk.placementbroker.market.Postcode;
import uk.placementbroker.matching.GeoPoint;
import uk.placementbroker.placement.Placements;
import uk.placementbroker.referral.PlacementsStandard;
import uk.placementbroker.referral.ReferralDetails;
import uk.placementbroker.referral.Referrals;

/**
 * The placement agreed for a referral in the Placements Standard's terms. Whether its location was
 * the one preferred, and whether the child can stay at their school, are judged from the referral's
 * own limits: within its maximum distance of home (and not in an area to avoid), and of the school.
 */
@Component
class ActualPlacements {

    private final Placements placements;
    private final MarketDirectory market;
    private final Locations locations;

    ActualPlacements(Placements placements, MarketDirectory market, Locations locations) {
        this.placements = placements;
        this.market = market;
        this.locations = locations;
    }

    Optional<PlacementsStandard.ActualPlacement> of(long localAuthorityId, Referrals.Referral referral, List<Referrals.Event> history) {
        return placements.ofReferral(localAuthorityId, referral.id()).map(placement -> {
            ReferralDetails details = referral.details();
            Optional<MarketDirectory.PlacedHome> home = market.placedHome(placement.homeKey());
            Optional<String> outwardCode = home.map(MarketDirectory.PlacedHome::outwardCode);
            Optional<Postcode> homePostcode = outwardCode.flatMap(Postcode::parse);
            Optional<GeoPoint> where = homePostcode.flatMap(locations::locate);
            String district = home.map(MarketDirectory.PlacedHome::district).orElse(null);
            Boolean avoided = outwardCode.map(code -> details.areasToAvoid().stream()
                    .anyMatch(area -> area.equalsIgnoreCase(code) || area.equalsIgnoreCase(district))).orElse(null);
            Boolean nearHome = within(where, details.homePostcode(), details.maximumMiles());
            String officer = history.stream().filter(event -> event.action().startsWith("Placement agreed")).reduce((first, last) -> last)
                    .map(Referrals.Event::actor).orElse(null);
            return new PlacementsStandard.ActualPlacement(placement.weeklyCost(), outwardCode.map(code -> district == null ? code : code + ", " + district)
                    .orElse(placement.homeName()), nearHome == null || avoided == null ? null : nearHome && !avoided,
                    within(where, details.schoolPostcode(), details.maximumMiles()), home.map(MarketDirectory.PlacedHome::urn).orElse(null),
                    details.siblingsToPlaceWith() == null ? 0 : details.siblingsToPlaceWith(), home.map(ActualPlacements::type).orElse(null), officer,
                    placement.agreedAt().atZone(java.time.ZoneId.of("Europe/London")).toLocalDate());
        });
    }

    private Boolean within(Optional<GeoPoint> home, String postcode, Integer miles) {
        if (home.isEmpty() || postcode == null || miles == null) {
            return null;
        }
        return Postcode.parse(postcode).flatMap(locations::locate).map(point -> point.milesTo(home.get()) <= miles).orElse(null);
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
