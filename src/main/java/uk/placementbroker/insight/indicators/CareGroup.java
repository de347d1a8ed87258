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

    /**
     * Cuts in the order a manager reads them: all children first, then each care group in this enum's order, and
     * within one its values as numbers where they start with one (ages 0-4, 5-10, 11-15, 16+), the unknown last.
     */
    public static final java.util.Comparator<String> NATURAL_ORDER = (first, second) -> {
        int byGroup = Integer.compare(groupIndex(first), groupIndex(second));
        if (byGroup != 0) {
            return byGroup;
        }
        String a = groupValue(first);
        String b = groupValue(second);
        boolean aUnknown = a.equals("unknown") || a.equals("none");
        boolean bUnknown = b.equals("unknown") || b.equals("none");
        if (aUnknown != bUnknown) {
            return aUnknown ? 1 : -1;
        }
        java.util.OptionalInt aNumber = leadingNumber(a);
        java.util.OptionalInt bNumber = leadingNumber(b);
        if (aNumber.isPresent() && bNumber.isPresent() && aNumber.getAsInt() != bNumber.getAsInt()) {
            return Integer.compare(aNumber.getAsInt(), bNumber.getAsInt());
        }
        return a.compareTo(b);
    };

    private static int groupIndex(String cut) {
        String key = cut.contains("=") ? cut.substring(0, cut.indexOf('=')) : cut;
        for (CareGroup group : values()) {
            if (group.key.equals(key)) {
                return group.ordinal();
            }
        }
        return values().length;
    }

    private static String groupValue(String cut) {
        return cut.contains("=") ? cut.substring(cut.indexOf('=') + 1) : "";
    }

    private static java.util.OptionalInt leadingNumber(String value) {
        int end = 0;
        while (end < value.length() && end < 9 && Character.isDigit(value.charAt(end))) {
            end++;
        }
        return end == 0
                ? java.util.OptionalInt.empty()
                : java.util.OptionalInt.of(Integer.parseInt(value.substring(0, end)));
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
