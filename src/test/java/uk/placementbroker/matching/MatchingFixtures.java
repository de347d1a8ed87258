package uk.placementbroker.matching;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import uk.placementbroker.shared.GeoPoint;
import uk.placementbroker.shared.Money;
import uk.placementbroker.shared.Need;
import uk.placementbroker.shared.PlacementType;

/** A child's criteria and a home, built the way a broker would describe them. Every default passes every constraint. */
final class MatchingFixtures {

    static final LocalDate TODAY = LocalDate.parse("2026-11-26");
    static final GeoPoint NORTHAMPTON = new GeoPoint(52.2405, -0.9027);
    static final GeoPoint WELLINGBOROUGH = new GeoPoint(52.3026, -0.6940);
    static final GeoPoint MILTON_KEYNES = new GeoPoint(52.0406, -0.7594);
    static final GeoPoint LEICESTER = new GeoPoint(52.6369, -1.1398);

    private MatchingFixtures() {}

    static ChildCriteria aChild() {
        return new ChildCriteria();
    }

    static Home aHome() {
        return new Home();
    }

    static final class ChildCriteria {
        Set<PlacementType> types = EnumSet.of(PlacementType.FOSTERING);
        int age = 12;
        Criteria.Sex sex = Criteria.Sex.FEMALE;
        int siblings = 1;
        LocalDate neededFrom = TODAY.plusDays(7);
        GeoPoint home = NORTHAMPTON;
        GeoPoint school = NORTHAMPTON;
        Double maximumMiles = 30.0;
        Set<String> areasToAvoid = new HashSet<>();
        Set<Need> highNeeds = EnumSet.noneOf(Need.class);
        Set<Need> otherNeeds = EnumSet.noneOf(Need.class);
        String language;
        boolean languageEssential;
        Set<String> adaptations = new HashSet<>();
        Criteria.LivesAlongside livesAlongside = Criteria.LivesAlongside.ANY_CHILDREN;
        boolean canLiveWithPets = true;
        String ethnicity = "WBRI";
        String religion;

        ChildCriteria needing(PlacementType... placementTypes) {
            types = EnumSet.of(placementTypes[0], placementTypes);
            return this;
        }

        ChildCriteria aged(int years) {
            age = years;
            return this;
        }

        ChildCriteria boy() {
            sex = Criteria.Sex.MALE;
            return this;
        }

        ChildCriteria withSiblings(int groupSize) {
            siblings = groupSize;
            return this;
        }

        ChildCriteria from(LocalDate date) {
            neededFrom = date;
            return this;
        }

        ChildCriteria livingAt(GeoPoint place) {
            home = place;
            return this;
        }

        ChildCriteria atSchoolIn(GeoPoint place) {
            school = place;
            return this;
        }

        ChildCriteria within(Double miles) {
            maximumMiles = miles;
            return this;
        }

        ChildCriteria avoiding(String... areas) {
            areasToAvoid = Set.of(areas);
            return this;
        }

        ChildCriteria withHighNeeds(Need... needs) {
            highNeeds = Set.of(needs);
            return this;
        }

        ChildCriteria withOtherNeeds(Need... needs) {
            otherNeeds = Set.of(needs);
            return this;
        }

        ChildCriteria speaking(String spoken, boolean essential) {
            language = spoken;
            languageEssential = essential;
            return this;
        }

        ChildCriteria needingAdaptations(String... needed) {
            adaptations = Set.of(needed);
            return this;
        }

        ChildCriteria livingAlongside(Criteria.LivesAlongside alongside) {
            livesAlongside = alongside;
            return this;
        }

        ChildCriteria unableToLiveWithPets() {
            canLiveWithPets = false;
            return this;
        }

        ChildCriteria ofEthnicity(String code) {
            ethnicity = code;
            return this;
        }

        ChildCriteria ofReligion(String faith) {
            religion = faith;
            return this;
        }

        Criteria build() {
            return new Criteria(
                    types,
                    age,
                    sex,
                    siblings,
                    neededFrom,
                    home,
                    school,
                    maximumMiles,
                    areasToAvoid,
                    highNeeds,
                    otherNeeds,
                    language,
                    languageEssential,
                    adaptations,
                    livesAlongside,
                    canLiveWithPets,
                    ethnicity,
                    religion);
        }
    }

    static final class Home {
        String id = "H1";
        Candidate.Kind kind = Candidate.Kind.FOSTER_HOUSEHOLD;
        String providerName = "Oakfield Fostering";
        PlacementType type = PlacementType.FOSTERING;
        int minimumAge = 0;
        int maximumAge = 17;
        Set<Criteria.Sex> sexes = EnumSet.allOf(Criteria.Sex.class);
        int places = 1;
        LocalDate availableFrom = TODAY;
        LocalDate lastConfirmed = TODAY.minusDays(3);
        boolean registered = true;
        Integer ofsted = 2;
        boolean suspended;
        GeoPoint location = WELLINGBOROUGH;
        String outwardCode = "NN8";
        String district = "Wellingborough";
        Set<Need> specialisms = EnumSet.noneOf(Need.class);
        int skillLevel = 2;
        Set<String> languages = Set.of("English");
        String religion;
        Set<String> ethnicities = Set.of("WBRI");
        boolean pets;
        Integer youngestOtherChild;
        Set<String> adaptations = Set.of();
        Money fee = Money.pounds(850);
        Candidate.FeeBand band = new Candidate.FeeBand(Money.pounds(750), Money.pounds(950));
        Double unplannedEndings = 0.1;

        Home called(String identifier) {
            id = identifier;
            return this;
        }

        Home ofProvider(String name) {
            providerName = name;
            return this;
        }

        Home offering(PlacementType placementType) {
            type = placementType;
            return this;
        }

        Home forAges(int from, int to) {
            minimumAge = from;
            maximumAge = to;
            return this;
        }

        Home forBoysOnly() {
            sexes = EnumSet.of(Criteria.Sex.MALE);
            return this;
        }

        Home withPlaces(int count) {
            places = count;
            return this;
        }

        Home availableFrom(LocalDate date) {
            availableFrom = date;
            return this;
        }

        Home confirmedOn(LocalDate date) {
            lastConfirmed = date;
            return this;
        }

        Home unregistered() {
            registered = false;
            return this;
        }

        Home judged(Integer overall) {
            ofsted = overall;
            return this;
        }

        Home ofASuspendedProvider() {
            suspended = true;
            return this;
        }

        Home at(GeoPoint place, String outward, String localDistrict) {
            location = place;
            outwardCode = outward;
            district = localDistrict;
            return this;
        }

        Home specialisingIn(Need... needs) {
            specialisms = Set.of(needs);
            return this;
        }

        Home atSkillLevel(int level) {
            skillLevel = level;
            return this;
        }

        Home speaking(String... spoken) {
            languages = Set.of(spoken);
            return this;
        }

        Home ofReligion(String faith) {
            religion = faith;
            return this;
        }

        Home ofEthnicities(String... codes) {
            ethnicities = Set.of(codes);
            return this;
        }

        Home withPets() {
            pets = true;
            return this;
        }

        Home withAChildAged(int age) {
            youngestOtherChild = age;
            return this;
        }

        Home withAdaptations(String... present) {
            adaptations = Set.of(present);
            return this;
        }

        Home charging(long pounds) {
            fee = Money.pounds(pounds);
            return this;
        }

        Home offFramework() {
            band = null;
            return this;
        }

        Home withUnplannedEndings(Double rate) {
            unplannedEndings = rate;
            return this;
        }

        Candidate build() {
            return new Candidate(
                    id,
                    kind,
                    "P-" + providerName,
                    providerName,
                    "Home " + id,
                    type,
                    minimumAge,
                    maximumAge,
                    sexes,
                    places,
                    availableFrom,
                    lastConfirmed,
                    registered,
                    ofsted,
                    suspended,
                    location,
                    outwardCode,
                    district,
                    specialisms,
                    skillLevel,
                    languages,
                    religion,
                    ethnicities,
                    pets,
                    youngestOtherChild,
                    adaptations,
                    fee,
                    band,
                    unplannedEndings);
        }
    }
}
