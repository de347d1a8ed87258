package uk.placementbroker.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import uk.placementbroker.market.MarketRecords;
import uk.placementbroker.market.MarketRecords.ProviderKind;
import uk.placementbroker.matching.Criteria;
import uk.placementbroker.shared.Need;
import uk.placementbroker.shared.PlacementType;
import uk.placementbroker.shared.Postcode;

/**
 * A market for the demo councils: each council's in-house fostering service, independent fostering
 * agencies, children's homes, supported accommodation, a residential special school and
 * parent-and-child units, with vacancies, Ofsted judgements and a consortium framework with fee bands.
 * Invented from a fixed seed; the outward codes' centres are approximate, good enough for a demo's
 * distances and for nothing else.
 */
final class DemoMarket {

    /** Outward code, approximate centre and district: the demo councils' own areas and places around them. */
    record Area(String code, double latitude, double longitude, String district) {}

    static final List<Area> AREAS = List.of(
            new Area("NN1", 52.237, -0.894, "Northampton"), new Area("NN2", 52.262, -0.887, "Northampton"),
            new Area("NN3", 52.262, -0.846, "Northampton"), new Area("NN4", 52.212, -0.895, "Northampton"),
            new Area("NN5", 52.241, -0.944, "Northampton"), new Area("NN8", 52.302, -0.694, "Wellingborough"),
            new Area("NN15", 52.390, -0.730, "Kettering"), new Area("PE1", 52.583, -0.235, "Peterborough"),
            new Area("PE2", 52.547, -0.265, "Peterborough"), new Area("PE3", 52.590, -0.290, "Peterborough"),
            new Area("PE4", 52.615, -0.265, "Peterborough"), new Area("PE7", 52.545, -0.190, "Peterborough"),
            new Area("PE29", 52.331, -0.183, "Huntingdonshire"), new Area("MK1", 52.010, -0.735, "Milton Keynes"),
            new Area("MK2", 51.995, -0.730, "Milton Keynes"), new Area("MK3", 51.995, -0.765, "Milton Keynes"),
            new Area("MK6", 52.030, -0.730, "Milton Keynes"), new Area("MK9", 52.043, -0.757, "Milton Keynes"),
            new Area("MK40", 52.136, -0.467, "Bedford"), new Area("LE1", 52.634, -1.131, "Leicester"),
            new Area("CB1", 52.199, 0.137, "Cambridge"), new Area("LU1", 51.878, -0.420, "Luton"),
            new Area("OX1", 51.752, -1.257, "Oxford"), new Area("NG1", 52.954, -1.150, "Nottingham"));

    private static final String[] LANGUAGES = {
        "Polish", "Urdu", "Punjabi", "Romanian", "Somali", "Arabic", "Lithuanian", "Gujarati"
    };
    private static final String[] ETHNICITIES = {"WBRI", "WBRI", "WBRI", "WOTH", "MWBC", "BAFR", "BCRB", "APKN", "AIND"
    };
    static final Need[] FOSTERING_SPECIALISMS = {
        Need.EMOTIONAL_AND_BEHAVIOURAL, Need.MISSING_EPISODES, Need.CHILD_SEXUAL_EXPLOITATION, Need.SELF_HARM,
                Need.AUTISM,
        Need.LEARNING_DIFFICULTY, Need.EDUCATION, Need.HEALTH, Need.SUBSTANCE_MISUSE, Need.PHYSICAL_DISABILITY
    };
    static final Need[] RESIDENTIAL_SPECIALISMS = {
        Need.EMOTIONAL_AND_BEHAVIOURAL,
        Need.MENTAL_HEALTH,
        Need.CRIMINAL_EXPLOITATION,
        Need.CHILD_SEXUAL_EXPLOITATION,
        Need.MISSING_EPISODES,
        Need.OFFENDING,
        Need.HARMFUL_SEXUAL_BEHAVIOUR,
        Need.VIOLENCE_TO_OTHERS,
        Need.AUTISM,
        Need.SELF_HARM
    };

    private final Random random;
    private final MarketRecords market;
    private final LocalDate today;
    private int urn = 2_000_100;

    DemoMarket(Random random, MarketRecords market, LocalDate today) {
        this.random = random;
        this.market = market;
        this.today = today;
    }

    /**
     * @param councils each council's id and its own outward codes
     * @param organisations the demo provider organisations' ids by name
     */
    void generate(long consortiumId, Map<Long, List<String>> councils, Map<String, Long> organisations) {
        AREAS.forEach(area -> market.nameDistrict(
                area.code(), area.district(), area.latitude(), area.longitude(), "demo (approximate)"));
        councils.forEach((council, codes) -> inHouseService(council, inHouseName(codes), codes));
        List<String> everywhere = AREAS.stream().map(Area::code).toList();
        long oakfield = provider("Oakfield Fostering", ProviderKind.INDEPENDENT_FOSTERING_AGENCY, organisations, 2);
        households(oakfield, "OF-", everywhere, 24, 2, 780, 1_050);
        long riverside =
                provider("Riverside Family Placements", ProviderKind.INDEPENDENT_FOSTERING_AGENCY, organisations, 1);
        households(riverside, "RF-", everywhere, 18, 2, 820, 1_150);
        long harbour =
                provider("Harbour Lane Children's Homes", ProviderKind.CHILDRENS_HOME_OPERATOR, organisations, null);
        settings(
                harbour,
                PlacementType.RESIDENTIAL,
                "Harbour Lane House",
                6,
                8,
                17,
                4,
                RESIDENTIAL_SPECIALISMS,
                4_200,
                7_200);
        long brightpath = provider(
                "Brightpath Supported Living", ProviderKind.SUPPORTED_ACCOMMODATION_PROVIDER, organisations, null);
        settings(
                brightpath,
                PlacementType.SUPPORTED_ACCOMMODATION,
                "Brightpath",
                4,
                16,
                17,
                6,
                new Need[] {Need.MENTAL_HEALTH, Need.SUBSTANCE_MISUSE, Need.EDUCATION},
                1_100,
                2_400);
        long meadowbank =
                provider("Meadowbank Residential School", ProviderKind.RESIDENTIAL_SPECIAL_SCHOOL, organisations, null);
        settings(
                meadowbank,
                PlacementType.SEND_RESIDENTIAL_SCHOOL,
                "Meadowbank",
                2,
                8,
                17,
                12,
                new Need[] {Need.AUTISM, Need.LEARNING_DIFFICULTY, Need.PHYSICAL_DISABILITY, Need.SENSORY_IMPAIRMENT},
                5_000,
                8_000);
        long willow = provider("Willow Tree Parent and Child", ProviderKind.PARENT_AND_CHILD, organisations, null);
        settings(
                willow,
                PlacementType.PARENT_AND_CHILD,
                "Willow Tree",
                2,
                15,
                17,
                3,
                new Need[] {Need.HEALTH, Need.MENTAL_HEALTH},
                1_500,
                2_600);
        framework(consortiumId, oakfield, riverside, harbour, brightpath);
    }

    /** The council's own fostering service and its 18 carer households. */
    void inHouseService(long council, String name, List<String> codes) {
        long inHouse = market.addProvider(new MarketRecords.NewProvider(
                name,
                ProviderKind.IN_HOUSE_FOSTERING,
                null,
                council,
                null,
                2,
                today.minusMonths(14),
                rate(),
                mailbox(name)));
        households(inHouse, "IH" + council + "-", codes, 18, 1, 300, 520);
    }

    long provider(String name, ProviderKind kind, Map<String, Long> organisations, Integer ofsted) {
        long id = market.addProvider(new MarketRecords.NewProvider(
                name,
                kind,
                organisations.get(name),
                null,
                ofsted == null ? null : "SC" + (++urn),
                ofsted,
                ofsted == null ? null : today.minusMonths(8 + random.nextInt(20)),
                rate(),
                mailbox(name)));
        return id;
    }

    void households(
            long provider, String prefix, List<String> codes, int count, int baseSkill, int lowestFee, int highestFee) {
        for (int number = 1; number <= count; number++) {
            int skill = Math.min(
                    3,
                    baseSkill + (random.nextInt(4) == 0 ? 1 : 0) - (baseSkill > 1 && random.nextInt(5) == 0 ? 1 : 0));
            int minimumAge = random.nextInt(3) == 0 ? 0 : random.nextInt(11);
            int maximumAge = Math.min(17, minimumAge + 6 + random.nextInt(10));
            Set<Need> specialisms = pick(FOSTERING_SPECIALISMS, skill);
            Set<String> languages = new HashSet<>(Set.of("English"));
            if (random.nextInt(5) == 0) {
                languages.add(LANGUAGES[random.nextInt(LANGUAGES.length)]);
            }
            String code = codes.get(random.nextInt(codes.size()));
            long household = market.addHousehold(new MarketRecords.NewHousehold(
                    provider,
                    prefix + String.format("%03d", number),
                    minimumAge,
                    maximumAge,
                    1 + (random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0),
                    sexes(),
                    skill,
                    specialisms,
                    languages,
                    random.nextInt(4) == 0 ? "Christian" : random.nextInt(8) == 0 ? "Muslim" : null,
                    Set.of(ETHNICITIES[random.nextInt(ETHNICITIES.length)]),
                    random.nextInt(3) == 0,
                    random.nextInt(2) == 0 ? random.nextInt(16) : null,
                    random.nextInt(15) == 0 ? Set.of("wheelchair access") : Set.of(),
                    postcode(code),
                    district(code)));
            if (random.nextInt(10) < 6) {
                market.addVacancy(
                        null,
                        household,
                        1 + (random.nextInt(5) == 0 ? 1 : 0),
                        today.plusDays(random.nextInt(30) - 10),
                        today.minusDays(random.nextInt(random.nextInt(4) == 0 ? 40 : 12)),
                        fee(lowestFee, highestFee, skill));
            }
        }
    }

    void settings(
            long provider,
            PlacementType type,
            String name,
            int count,
            int minimumAge,
            int maximumAge,
            int places,
            Need[] specialisms,
            int lowestFee,
            int highestFee) {
        for (int number = 1; number <= count; number++) {
            String code = AREAS.get(random.nextInt(AREAS.size())).code();
            int overall = random.nextInt(10) == 0 ? 4 : 1 + random.nextInt(3);
            long setting = market.addSetting(new MarketRecords.NewSetting(
                    provider,
                    "SC" + (++urn),
                    name + " " + district(code),
                    type,
                    places,
                    minimumAge,
                    maximumAge,
                    random.nextInt(4) == 0 ? EnumSet.of(Criteria.Sex.MALE) : EnumSet.allOf(Criteria.Sex.class),
                    pick(specialisms, 2 + random.nextInt(2)),
                    type == PlacementType.SEND_RESIDENTIAL_SCHOOL ? Set.of("wheelchair access") : Set.of(),
                    2 + random.nextInt(2),
                    postcode(code),
                    district(code),
                    overall,
                    Math.max(1, overall - random.nextInt(2)),
                    overall,
                    today.minusMonths(3 + random.nextInt(24))));
            if (random.nextInt(10) < 7) {
                market.addVacancy(
                        setting,
                        null,
                        1,
                        today.plusDays(random.nextInt(40) - 10),
                        today.minusDays(random.nextInt(20)),
                        fee(lowestFee, highestFee, 2));
            }
        }
    }

    private void framework(long consortiumId, long oakfield, long riverside, long harbour, long brightpath) {
        long framework = market.addFramework(
                consortiumId,
                "Three Rivers Placements Framework 2025 to 2029",
                false,
                LocalDate.of(2025, 4, 1),
                LocalDate.of(2029, 3, 31));
        long standard = market.addLot(framework, "Fostering: standard", PlacementType.FOSTERING, 1);
        long enhanced = market.addLot(framework, "Fostering: enhanced", PlacementType.FOSTERING, 2);
        long complex = market.addLot(framework, "Fostering: complex", PlacementType.FOSTERING, 3);
        long residential = market.addLot(framework, "Residential", PlacementType.RESIDENTIAL, null);
        long supported =
                market.addLot(framework, "Supported accommodation", PlacementType.SUPPORTED_ACCOMMODATION, null);
        for (long agency : List.of(oakfield, riverside)) {
            market.addToLot(standard, agency, BigDecimal.valueOf(760), BigDecimal.valueOf(860));
            market.addToLot(enhanced, agency, BigDecimal.valueOf(840), BigDecimal.valueOf(980));
            market.addToLot(complex, agency, BigDecimal.valueOf(950), BigDecimal.valueOf(1_150));
        }
        market.addToLot(residential, harbour, BigDecimal.valueOf(4_500), BigDecimal.valueOf(6_500));
        market.addToLot(supported, brightpath, BigDecimal.valueOf(1_200), BigDecimal.valueOf(2_000));
    }

    /** Where the demo provider wants referrals sent: an address at the reserved example domain. */
    private static String mailbox(String name) {
        return "referrals@"
                + name.toLowerCase(java.util.Locale.ROOT)
                        .replaceAll("[^a-z]+", "-")
                        .replaceAll("(^-|-$)", "") + ".example";
    }

    private static String inHouseName(List<String> codes) {
        String first = codes.get(0);
        return switch (first.substring(0, 2)) {
            case "NN" -> "Northbridge Fostering Service";
            case "PE" -> "Eastmoor Fostering Service";
            default -> "Westhaven Fostering Service";
        };
    }

    private Set<Need> pick(Need[] from, int count) {
        Set<Need> chosen = EnumSet.noneOf(Need.class);
        for (int i = 0; i < count; i++) {
            chosen.add(from[random.nextInt(from.length)]);
        }
        return chosen;
    }

    private Set<Criteria.Sex> sexes() {
        int roll = random.nextInt(10);
        return roll == 0
                ? EnumSet.of(Criteria.Sex.MALE)
                : roll == 1 ? EnumSet.of(Criteria.Sex.FEMALE) : EnumSet.allOf(Criteria.Sex.class);
    }

    private BigDecimal fee(int lowest, int highest, int skill) {
        int span = highest - lowest;
        return BigDecimal.valueOf(lowest + span * (skill - 1) / 3 + random.nextInt(Math.max(1, span / 2)));
    }

    private BigDecimal rate() {
        return BigDecimal.valueOf(5 + random.nextInt(25), 2);
    }

    private Postcode postcode(String outwardCode) {
        return Postcode.parse(outwardCode + " " + random.nextInt(10) + "AB").orElseThrow();
    }

    private static String district(String code) {
        return AREAS.stream()
                .filter(area -> area.code().equals(code))
                .findFirst()
                .map(Area::district)
                .orElse(null);
    }
}
