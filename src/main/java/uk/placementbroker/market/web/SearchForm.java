package uk.placementbroker.market.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.placementbroker.market.Locations;
import uk.placementbroker.matching.Criteria;
import uk.placementbroker.shared.GeoPoint;
import uk.placementbroker.shared.Need;
import uk.placementbroker.shared.PlacementType;
import uk.placementbroker.shared.Postcode;
import uk.placementbroker.shared.Typed;

/** The broker's search, as typed: turned into the matching engine's criteria, or into the problems to put right. */
public class SearchForm {

    private List<PlacementType> placementTypes = new ArrayList<>(List.of(PlacementType.FOSTERING));
    private String age = "";
    private String sex = "";
    private String siblings = "1";
    private String neededDay = "";
    private String neededMonth = "";
    private String neededYear = "";
    private String homePostcode = "";
    private String schoolPostcode = "";
    private String maximumMiles = "";
    private String areasToAvoid = "";
    private List<Need> highNeeds = new ArrayList<>();
    private List<Need> otherNeeds = new ArrayList<>();
    private String language = "";
    private boolean languageEssential;
    private Criteria.LivesAlongside livesAlongside = Criteria.LivesAlongside.ANY_CHILDREN;
    private boolean noPets;
    private String adaptations = "";
    private String show = "all";
    private String order = IN_HOUSE_FIRST;

    /** The council's own carers above other providers' homes, as a brokerage team asks them first. */
    static final String IN_HOUSE_FIRST = "inHouseFirst";

    /** The criteria, or empty with each problem under its field's id in {@code errors}. */
    Optional<Criteria> criteria(Locations locations, LocalDate today, Map<String, String> errors) {
        if (placementTypes == null || placementTypes.isEmpty()) {
            errors.put("placementTypes", "Select at least one type of placement");
        }
        Integer years = whole(age, 0, 25);
        if (years == null) {
            errors.put("age", "Enter the child's age in years, such as 14");
        }
        if (!sex.equals("MALE") && !sex.equals("FEMALE")) {
            errors.put("sex", "Select the child's sex");
        }
        Integer groupSize = whole(siblings, 1, 8);
        if (groupSize == null) {
            errors.put("siblings", "Enter how many children are to be placed together, from 1 to 8");
        }
        LocalDate neededFrom = neededFrom(today, errors);
        GeoPoint home = place(homePostcode, "homePostcode", "home", locations, errors, true);
        GeoPoint school = place(schoolPostcode, "schoolPostcode", "school", locations, errors, false);
        Double miles = null;
        if (!maximumMiles.isBlank()) {
            Integer limit = whole(maximumMiles, 1, 500);
            if (limit == null) {
                errors.put(
                        "maximumMiles", "Enter the furthest from home in whole miles, such as 20, or leave it blank");
            } else {
                miles = limit.doubleValue();
            }
        }
        if (languageEssential && language.isBlank()) {
            errors.put("language", "Enter the language the carers must speak");
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Criteria(
                EnumSet.copyOf(placementTypes),
                years,
                Criteria.Sex.valueOf(sex),
                groupSize,
                neededFrom,
                home,
                school,
                miles,
                words(areasToAvoid),
                set(highNeeds),
                set(otherNeeds),
                language.isBlank() ? null : language.strip(),
                languageEssential,
                words(adaptations),
                livesAlongside,
                !noPets,
                null,
                null));
    }

    /** Blank means as soon as possible: today. */
    private LocalDate neededFrom(LocalDate today, Map<String, String> errors) {
        if (neededDay.isBlank() && neededMonth.isBlank() && neededYear.isBlank()) {
            return today;
        }
        Optional<LocalDate> needed =
                Typed.date(neededDay, neededMonth, neededYear, today.minusYears(1), today.plusYears(2));
        if (needed.isEmpty()) {
            errors.put(
                    "neededDay",
                    "The date the child needs to move must be a real date within two years, such as 27 11 2026");
        }
        return needed.orElse(today);
    }

    private static GeoPoint place(
            String typed,
            String field,
            String what,
            Locations locations,
            Map<String, String> errors,
            boolean required) {
        if (typed.isBlank()) {
            if (required) {
                errors.put(field, "Enter the postcode of the child's " + what);
            }
            return null;
        }
        Optional<Postcode> postcode = Postcode.parse(typed);
        if (postcode.isEmpty()) {
            errors.put(
                    field,
                    "Enter a real postcode for the child's " + what
                            + ", such as NN1 2AB, or its first part, such as NN1");
            return null;
        }
        Optional<GeoPoint> centre = locations.locate(postcode.get());
        if (centre.isEmpty()) {
            errors.put(
                    field,
                    "We do not know where " + postcode.get().outwardCode() + " is: check the postcode of the child's "
                            + what);
            return null;
        }
        return centre.get();
    }

    private static Integer whole(String typed, int lowest, int highest) {
        return Typed.wholeNumber(typed, lowest, highest).orElse(null);
    }

    private static Set<String> words(String typed) {
        Set<String> words = new java.util.LinkedHashSet<>();
        for (String word : typed.split("[,;]")) {
            if (!word.isBlank()) {
                words.add(word.strip());
            }
        }
        return words;
    }

    private static Set<Need> set(List<Need> needs) {
        return needs == null || needs.isEmpty() ? EnumSet.noneOf(Need.class) : EnumSet.copyOf(needs);
    }

    /** The fields in the order the error summary lists them. */
    static Map<String, String> inOrder(Map<String, String> errors) {
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String field : List.of(
                "placementTypes",
                "age",
                "sex",
                "siblings",
                "neededDay",
                "homePostcode",
                "schoolPostcode",
                "maximumMiles",
                "language")) {
            if (errors.containsKey(field)) {
                ordered.put(field, errors.get(field));
            }
        }
        return ordered;
    }

    /** What was ticked: a blank value binds as null, and ticks nothing. */
    private static <T> List<T> chosen(List<T> values) {
        return values == null
                ? new java.util.ArrayList<>()
                : values.stream().filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toList());
    }

    public List<PlacementType> getPlacementTypes() {
        return placementTypes;
    }

    public void setPlacementTypes(List<PlacementType> placementTypes) {
        this.placementTypes = chosen(placementTypes);
    }

    public String getAge() {
        return age;
    }

    public void setAge(String age) {
        this.age = age;
    }

    public String getSex() {
        return sex;
    }

    public void setSex(String sex) {
        this.sex = sex;
    }

    public String getSiblings() {
        return siblings;
    }

    public void setSiblings(String siblings) {
        this.siblings = siblings;
    }

    public String getNeededDay() {
        return neededDay;
    }

    public void setNeededDay(String neededDay) {
        this.neededDay = neededDay;
    }

    public String getNeededMonth() {
        return neededMonth;
    }

    public void setNeededMonth(String neededMonth) {
        this.neededMonth = neededMonth;
    }

    public String getNeededYear() {
        return neededYear;
    }

    public void setNeededYear(String neededYear) {
        this.neededYear = neededYear;
    }

    public String getHomePostcode() {
        return homePostcode;
    }

    public void setHomePostcode(String homePostcode) {
        this.homePostcode = homePostcode;
    }

    public String getSchoolPostcode() {
        return schoolPostcode;
    }

    public void setSchoolPostcode(String schoolPostcode) {
        this.schoolPostcode = schoolPostcode;
    }

    public String getMaximumMiles() {
        return maximumMiles;
    }

    public void setMaximumMiles(String maximumMiles) {
        this.maximumMiles = maximumMiles;
    }

    public String getAreasToAvoid() {
        return areasToAvoid;
    }

    public void setAreasToAvoid(String areasToAvoid) {
        this.areasToAvoid = areasToAvoid;
    }

    public List<Need> getHighNeeds() {
        return highNeeds;
    }

    public void setHighNeeds(List<Need> highNeeds) {
        this.highNeeds = chosen(highNeeds);
    }

    public List<Need> getOtherNeeds() {
        return otherNeeds;
    }

    public void setOtherNeeds(List<Need> otherNeeds) {
        this.otherNeeds = chosen(otherNeeds);
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public boolean isLanguageEssential() {
        return languageEssential;
    }

    public void setLanguageEssential(boolean languageEssential) {
        this.languageEssential = languageEssential;
    }

    public Criteria.LivesAlongside getLivesAlongside() {
        return livesAlongside;
    }

    public void setLivesAlongside(Criteria.LivesAlongside livesAlongside) {
        this.livesAlongside = livesAlongside;
    }

    public boolean isNoPets() {
        return noPets;
    }

    public void setNoPets(boolean noPets) {
        this.noPets = noPets;
    }

    public String getAdaptations() {
        return adaptations;
    }

    public void setAdaptations(String adaptations) {
        this.adaptations = adaptations;
    }

    public String getOrder() {
        return order;
    }

    public void setOrder(String order) {
        this.order = order;
    }

    boolean inHouseFirst() {
        return !"score".equals(order);
    }

    public String getShow() {
        return show;
    }

    public void setShow(String show) {
        this.show = show;
    }
}
