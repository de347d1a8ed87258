package uk.placementbroker.referral;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.placementbroker.shared.Need;
import uk.placementbroker.shared.PlacementType;

/**
 * Everything a referral says about what the child needs, as the social worker wrote it. Any field may
 * be missing while the referral is a draft; {@link ReferralQuality} says what must be there before it
 * goes further.
 *
 * @param suitability for fostering, residential and supported accommodation, as the Placements Standard asks
 * @param otherTypes the other kinds of placement that would do (parent and child, short breaks, residential special school)
 * @param siblingsToPlaceWith how many brothers and sisters are to be placed with the child
 * @param highNeeds the needs and risks so serious that a home must specialise in each (a subset of {@code needs})
 * @param weeklyBudgetPounds budget guidance, or null
 */
public record ReferralDetails(
        Map<PlacementType, Suitability> suitability,
        Set<PlacementType> otherTypes,
        Urgency urgency,
        LocalDate neededBy,
        String expectedDuration,
        Integer siblingsToPlaceWith,
        String homePostcode,
        String schoolPostcode,
        Integer maximumMiles,
        List<String> areasToAvoid,
        AreaPreference areaPreference,
        String preferredLocation,
        Set<Need> needs,
        Set<Need> highNeeds,
        String riskToChildOther,
        String riskToOthersOther,
        String ethnicity,
        String religion,
        String language,
        boolean languageEssential,
        Set<Communication> communication,
        CulturalNeeds culturalNeeds,
        String culturalNeedsDetail,
        boolean adaptationsNeeded,
        List<String> adaptations,
        Alongside alongside,
        Pets pets,
        Boolean deprivationOfLiberty,
        Set<AdditionalSupport> additionalSupport,
        String additionalSupportDetail,
        List<String> essentialCriteria,
        List<String> preferences,
        List<String> outcomes,
        String supportInPlace,
        Integer weeklyBudgetPounds,
        String budgetNote) {

    public ReferralDetails {
        suitability = suitability == null ? Map.of() : Map.copyOf(suitability);
        otherTypes = copy(otherTypes, PlacementType.class);
        areasToAvoid = areasToAvoid == null ? List.of() : List.copyOf(areasToAvoid);
        needs = copy(needs, Need.class);
        highNeeds = copy(highNeeds, Need.class);
        communication = copy(communication, Communication.class);
        adaptations = adaptations == null ? List.of() : List.copyOf(adaptations);
        additionalSupport = copy(additionalSupport, AdditionalSupport.class);
        essentialCriteria = essentialCriteria == null ? List.of() : List.copyOf(essentialCriteria);
        preferences = preferences == null ? List.of() : List.copyOf(preferences);
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
    }

    /** A new referral: nothing said yet. */
    public static ReferralDetails empty() {
        return new ReferralDetails(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, false, null, null, null, false, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    /** The kinds of placement that would do: those suitable or preferred, and the other types chosen. */
    public Set<PlacementType> placementTypes() {
        Set<PlacementType> types = EnumSet.noneOf(PlacementType.class);
        suitability.forEach((type, answer) -> {
            if (answer == Suitability.PREFERRED || answer == Suitability.SUITABLE) {
                types.add(type);
            }
        });
        types.addAll(otherTypes);
        return types;
    }

    /** The kind of placement wanted first: a preferred one, else a suitable one, else another kind chosen. */
    public java.util.Optional<PlacementType> firstChoice() {
        for (Suitability wanted : List.of(Suitability.PREFERRED, Suitability.SUITABLE)) {
            for (PlacementType type : PlacementType.values()) {
                if (suitability.get(type) == wanted) {
                    return java.util.Optional.of(type);
                }
            }
        }
        return otherTypes.stream().sorted().findFirst();
    }

    /** The suitability of one of the three main kinds of placement, "not specified" when not answered. */
    public Suitability suitabilityOf(PlacementType type) {
        return suitability.getOrDefault(type, Suitability.NOT_SPECIFIED);
    }

    private static <E extends Enum<E>> Set<E> copy(Set<E> values, Class<E> type) {
        Set<E> copy = EnumSet.noneOf(type);
        if (values != null) {
            copy.addAll(values);
        }
        return Set.copyOf(copy);
    }

    public enum Suitability {
        PREFERRED("Preferred"),
        SUITABLE("Suitable but not preferred"),
        UNSUITABLE("Unsuitable"),
        NOT_SPECIFIED("Not specified");

        private final String words;

        Suitability(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public enum Urgency {
        SAME_DAY("Today"),
        WITHIN_7_DAYS("Within 7 days"),
        PLANNED("Planned date");

        private final String words;

        Urgency(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public enum AreaPreference {
        IN_AREA("In the council's area"),
        OUT_OF_AREA("Out of the council's area"),
        NO_PREFERENCE("No preference");

        private final String words;

        AreaPreference(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public enum Communication {
        ESOL("English for speakers of other languages"),
        BSL("British Sign Language"),
        MAKATON("Makaton"),
        OTHER("Other"),
        NONE("None");

        private final String words;

        Communication(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public enum CulturalNeeds {
        REQUIRED("Required"),
        NOT_REQUIRED("Not required"),
        NOT_KNOWN("Not known"),
        OTHER("Other");

        private final String words;

        CulturalNeeds(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** Who the child can be cared for alongside, in the Placements Standard's words. */
    public enum Alongside {
        SOLO("Solo placement recommended"),
        WITH_OTHERS("With other children recommended"),
        ONLY_OLDER("Only with other older children"),
        ONLY_YOUNGER("Only with other younger children"),
        NO_PREFERENCE("No preference");

        private final String words;

        Alongside(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public enum Pets {
        YES_MUST("Yes, must"),
        YES_CAN("Yes, can"),
        NO("No"),
        NOT_KNOWN("Not known");

        private final String words;

        Pets(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public enum AdditionalSupport {
        ADDITIONAL_SUPERVISION("Additional supervision"),
        THERAPEUTIC_SUPPORT("Therapeutic support"),
        RESPITE_WORKER("A worker for respite"),
        TAXIS_TO_SCHOOL("Taxis to school"),
        OTHER("Other");

        private final String words;

        AdditionalSupport(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }
}
