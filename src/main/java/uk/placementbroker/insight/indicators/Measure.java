package uk.placementbroker.insight.indicators;

/** The stability measures, each computed for the year ending 31 March. */
public enum Measure {
    SHORT_TERM_STABILITY(
            "shortTermStability", "Children looked after on 31 March with 3 or more placements during the year"),
    TWO_YEAR_STABILITY(
            "twoYearStability",
            "Children looked after on 31 March for at least 2 years with 3 or more placements in those 2 years"),
    LONG_TERM_STABILITY(
            "longTermStability",
            "Children under 16 looked after for 2.5 years or more who have lived with the same carer for 2 years, or are placed for adoption"),
    LOOKED_AFTER_BY_PLACEMENT_TYPE(
            "lookedAfterByPlacementType", "Children looked after on 31 March, by type of placement"),
    MOVES_BY_REASON("movesByReason", "Placement moves during the year, by the reason the placement changed"),
    DISTANCE_FROM_HOME(
            "distanceFromHome",
            "Children looked after on 31 March, by the distance between their home and their placement (unaccompanied asylum-seeking children are not counted)"),
    PLACED_IN_AREA("placedInArea", "Children looked after on 31 March, placed inside or outside the council's area");

    private final String key;
    private final String description;

    Measure(String key, String description) {
        this.key = key;
        this.description = description;
    }

    /** The name used in JSON and URLs. */
    public String key() {
        return key;
    }

    public String description() {
        return description;
    }
}
