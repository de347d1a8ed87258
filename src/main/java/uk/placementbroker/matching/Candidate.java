package uk.placementbroker.matching;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import uk.placementbroker.shared.GeoPoint;
import uk.placementbroker.shared.Money;
import uk.placementbroker.shared.Need;
import uk.placementbroker.shared.PlacementType;

/**
 * A home that could take a child now: a vacancy in a foster household or a setting (children's home,
 * supported accommodation, school), with what the market directory knows of it and its provider.
 *
 * @param id the vacancy's identifier, which also breaks ties in a ranking
 * @param places how many children the vacancy can take together (sibling group capacity)
 * @param availableFrom the first day a child can move in
 * @param lastConfirmed the day the provider last said the vacancy is still there
 * @param ofstedOverall the latest overall effectiveness judgement, 1 (outstanding) to 4 (inadequate), or null if not yet inspected
 * @param providerSuspended whether a concern notice has suspended new placements with the provider
 * @param outwardCode the home's outward code, such as "NN3"
 * @param district the home's local authority district, such as "Northampton"
 * @param skillLevel 1 (standard) to 3 (complex): for foster carers their tier, for settings their staffing
 * @param youngestOtherChild the age of the youngest child already living there, or null if none
 * @param weeklyFee the weekly fee for this child
 * @param feeBand the lot's fee band the fee is compared with, or null when off-framework
 * @param unplannedEndingRate the share of the provider's placements in the last three years that ended unplanned, or null if too few to say
 */
public record Candidate(
        String id,
        Kind kind,
        String providerId,
        String providerName,
        String name,
        PlacementType placementType,
        int minimumAge,
        int maximumAge,
        Set<Criteria.Sex> sexes,
        int places,
        LocalDate availableFrom,
        LocalDate lastConfirmed,
        boolean registrationActive,
        Integer ofstedOverall,
        boolean providerSuspended,
        GeoPoint location,
        String outwardCode,
        String district,
        Set<Need> specialisms,
        int skillLevel,
        Set<String> languages,
        String religion,
        Set<String> ethnicities,
        boolean pets,
        Integer youngestOtherChild,
        Set<String> adaptations,
        Money weeklyFee,
        FeeBand feeBand,
        Double unplannedEndingRate) {

    public Candidate {
        outwardCode = outwardCode == null ? null : outwardCode.toUpperCase(Locale.ROOT);
        sexes = Sets.ofEnum(sexes, Criteria.Sex.class);
        specialisms = Sets.ofEnum(specialisms, Need.class);
        languages = Set.copyOf(languages);
        ethnicities = Set.copyOf(ethnicities);
        adaptations = Set.copyOf(adaptations);
    }

    public enum Kind {
        FOSTER_HOUSEHOLD,
        SETTING
    }

    /** A lot's band of weekly fees. */
    public record FeeBand(Money lowest, Money highest) {}

    boolean otherChildren() {
        return youngestOtherChild != null;
    }
}
