package uk.placementbroker.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import uk.placementbroker.matching.Candidate;
import uk.placementbroker.matching.Criteria;
import uk.placementbroker.shared.GeoPoint;
import uk.placementbroker.shared.Money;
import uk.placementbroker.shared.Need;
import uk.placementbroker.shared.PlacementType;

/**
 * A national-size market made up from a fixed seed: about four in five candidates foster households,
 * the rest children's homes, supported accommodation and schools, spread over England, with the
 * specialisms, Ofsted judgements, fees and vacancy ages of a real directory. None of it is real.
 */
final class SyntheticMarket {

    private static final Need[] NEEDS = Need.values();
    private static final String[] LANGUAGES = {
        "English", "English", "English", "English", "Polish", "Urdu", "Punjabi", "Arabic", "Somali", "Romanian"
    };

    private SyntheticMarket() {}

    static List<Candidate> of(int size, LocalDate today, long seed) {
        Random random = new Random(seed);
        List<Candidate> market = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            double roll = random.nextDouble();
            PlacementType type = roll < 0.8
                    ? PlacementType.FOSTERING
                    : roll < 0.92
                            ? PlacementType.RESIDENTIAL
                            : roll < 0.97
                                    ? PlacementType.SUPPORTED_ACCOMMODATION
                                    : roll < 0.99
                                            ? PlacementType.PARENT_AND_CHILD
                                            : PlacementType.SEND_RESIDENTIAL_SCHOOL;
            int minimumAge = type == PlacementType.SUPPORTED_ACCOMMODATION
                    ? 16
                    : type == PlacementType.RESIDENTIAL ? 8 + random.nextInt(5) : random.nextInt(6);
            int maximumAge = Math.min(17, minimumAge + 5 + random.nextInt(13));
            Set<Need> specialisms = EnumSet.noneOf(Need.class);
            for (int n = random.nextInt(type == PlacementType.FOSTERING ? 3 : 6); n > 0; n--) {
                specialisms.add(NEEDS[random.nextInt(NEEDS.length)]);
            }
            int provider = random.nextInt(2_000);
            long fee = type == PlacementType.FOSTERING ? 650 + random.nextInt(600) : 2_500 + random.nextInt(6_000);
            market.add(new Candidate(
                    "V" + i,
                    type == PlacementType.FOSTERING ? Candidate.Kind.FOSTER_HOUSEHOLD : Candidate.Kind.SETTING,
                    "P" + provider,
                    "Provider " + provider,
                    "Home " + i,
                    type,
                    minimumAge,
                    maximumAge,
                    random.nextInt(10) == 0
                            ? EnumSet.of(random.nextBoolean() ? Criteria.Sex.MALE : Criteria.Sex.FEMALE)
                            : EnumSet.allOf(Criteria.Sex.class),
                    1 + (random.nextInt(10) < 2 ? 1 + random.nextInt(2) : 0),
                    today.plusDays(random.nextInt(60) - 20),
                    today.minusDays(random.nextInt(90)),
                    random.nextInt(100) > 1,
                    random.nextInt(10) == 0 ? null : 1 + random.nextInt(4),
                    random.nextInt(200) == 0,
                    new GeoPoint(50.4 + random.nextDouble() * 4.8, -5.2 + random.nextDouble() * 6.9),
                    "AB" + random.nextInt(99),
                    "District " + random.nextInt(300),
                    specialisms,
                    1 + random.nextInt(3),
                    new java.util.HashSet<>(List.of("English", LANGUAGES[random.nextInt(LANGUAGES.length)])),
                    random.nextInt(3) == 0 ? "Christian" : null,
                    Set.of(random.nextInt(4) == 0 ? "MWBC" : "WBRI"),
                    random.nextInt(3) == 0,
                    random.nextInt(2) == 0 ? random.nextInt(18) : null,
                    random.nextInt(20) == 0 ? Set.of("wheelchair access") : Set.of(),
                    Money.pounds(fee),
                    random.nextInt(4) == 0
                            ? null
                            : new Candidate.FeeBand(Money.pounds(fee - 150), Money.pounds(fee + 100)),
                    random.nextInt(5) == 0 ? null : random.nextDouble() * 0.4));
        }
        return market;
    }

    /** A 14-year-old girl in Northampton with missing episodes, needing fostering within 30 miles in a week. */
    static Criteria aTypicalReferral(LocalDate today) {
        GeoPoint northampton = new GeoPoint(52.2405, -0.9027);
        return new Criteria(
                EnumSet.of(PlacementType.FOSTERING, PlacementType.RESIDENTIAL),
                14,
                Criteria.Sex.FEMALE,
                1,
                today.plusDays(7),
                northampton,
                northampton,
                30.0,
                Set.of("AB12"),
                EnumSet.of(Need.MISSING_EPISODES),
                EnumSet.of(Need.EDUCATION, Need.EMOTIONAL_AND_BEHAVIOURAL),
                "Polish",
                false,
                Set.of(),
                Criteria.LivesAlongside.NO_YOUNGER_CHILDREN,
                true,
                "WBRI",
                null);
    }

    /** The same child with no limit on distance, so that many more homes reach the scoring. */
    static Criteria aReferralAnywhere(LocalDate today) {
        Criteria typical = aTypicalReferral(today);
        return new Criteria(
                typical.placementTypes(),
                typical.age(),
                typical.sex(),
                1,
                typical.neededFrom(),
                typical.home(),
                typical.school(),
                null,
                Set.of(),
                Set.of(),
                typical.otherNeeds(),
                typical.language(),
                false,
                Set.of(),
                Criteria.LivesAlongside.ANY_CHILDREN,
                true,
                typical.ethnicity(),
                null);
    }
}
