package uk.placementbroker.matching;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import uk.placementbroker.shared.GeoPoint;
import uk.placementbroker.shared.Need;
import uk.placementbroker.shared.PlacementType;

/**
 * What a referral asks of a home, as the matching engine reads it.
 *
 * @param siblingGroupSize how many children must be placed together (1 for a child alone)
 * @param neededFrom the day the child needs to move in
 * @param home where the child lives now, or null
 * @param school the child's school, or null (distance from school then is not scored)
 * @param maximumMiles the furthest from home a placement may be, or null for no limit
 * @param areasToAvoid outward codes (such as "NN1") or districts (such as "Northampton") the child must not live in
 * @param highNeeds needs and risks high enough that a home must specialise in each
 * @param otherNeeds needs a home's skills should meet, which rank but do not screen out
 * @param language the child's first language, or null
 * @param languageEssential whether the carers must speak it
 * @param adaptations adaptations the home must have, such as "wheelchair access"
 * @param livesAlongside who the child can live with
 * @param canLiveWithPets false when the child cannot live with animals (allergy, risk)
 * @param ethnicity the 903 ETHNIC code, or null
 * @param religion the child's religion, or null
 */
public record Criteria(
        Set<PlacementType> placementTypes,
        int age,
        Sex sex,
        int siblingGroupSize,
        LocalDate neededFrom,
        GeoPoint home,
        GeoPoint school,
        Double maximumMiles,
        Set<String> areasToAvoid,
        Set<Need> highNeeds,
        Set<Need> otherNeeds,
        String language,
        boolean languageEssential,
        Set<String> adaptations,
        LivesAlongside livesAlongside,
        boolean canLiveWithPets,
        String ethnicity,
        String religion) {

    public Criteria {
        placementTypes = Sets.ofEnum(placementTypes, PlacementType.class);
        areasToAvoid = areasToAvoid.stream()
                .map(area -> area.strip().toUpperCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        highNeeds = Sets.ofEnum(highNeeds, Need.class);
        otherNeeds = Sets.ofEnum(otherNeeds, Need.class);
        adaptations = Set.copyOf(adaptations);
        if (siblingGroupSize < 1) {
            throw new IllegalArgumentException("A sibling group has at least one child");
        }
    }

    public enum Sex {
        MALE,
        FEMALE
    }

    /** Who the child can live alongside. */
    public enum LivesAlongside {
        ANY_CHILDREN("can live with other children"),
        NO_YOUNGER_CHILDREN("cannot live with younger children"),
        NO_OTHER_CHILDREN("must be the only child in the home");

        private final String words;

        LivesAlongside(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }
}
