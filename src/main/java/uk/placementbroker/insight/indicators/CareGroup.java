package uk.placementbroker.insight.indicators;

import java.time.LocalDate;
import java.util.function.BiFunction;

/**
 * The ways every measure can be cut: the care groups the DfES study and the 903 guidance compare.
 * Each gives the group a child belongs to on 31 March of the year.
 */
public enum CareGroup {
    ALL("all", (child, day) -> "all"),
    AGE_AT_FIRST_ENTRY(
            "ageAtFirstEntry",
            (child, day) -> child.ageAtFirstEntry().map(CareGroup::ageBand).orElse("unknown")),
    SEX("sex", (child, day) -> child.sex()),
    ETHNICITY("ethnicity", (child, day) -> child.ethnicity()),
    UASC("uasc", (child, day) -> child.unaccompaniedAsylumSeeking() ? "yes" : "no"),
    LEGAL_STATUS(
            "legalStatus",
            (child, day) -> child.episodeOn(day).map(Episode::legalStatus).orElse("none")),
    PLACEMENT_TYPE(
            "placementType",
            (child, day) -> child.episodeOn(day).map(Episode::placementType).orElse("none"));

    private final String key;
    private final BiFunction<ChildHistory, LocalDate, String> group;

    CareGroup(String key, BiFunction<ChildHistory, LocalDate, String> group) {
        this.key = key;
        this.group = group;
    }

    public String key() {
        return key;
    }

    /** The group the child is in on that day, such as "11-15" for {@link #AGE_AT_FIRST_ENTRY}. */
    public String of(ChildHistory child, LocalDate day) {
        return group.apply(child, day);
    }

    /** The label of a cut as it appears in results: "all", or the group's key and value, "sex=2". */
    public String cut(ChildHistory child, LocalDate day) {
        return this == ALL ? "all" : key + "=" + of(child, day);
    }

    static String ageBand(int age) {
        if (age <= 4) {
            return "0-4";
        }
        if (age <= 10) {
            return "5-10";
        }
        return age <= 15 ? "11-15" : "16+";
    }
}
