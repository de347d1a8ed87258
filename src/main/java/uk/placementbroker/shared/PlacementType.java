package uk.placementbroker.shared;

import java.util.Map;
import java.util.Optional;

/** The kinds of placement a referral can ask for and a home can offer. */
public enum PlacementType {
    FOSTERING("fostering"),
    RESIDENTIAL("a children's home"),
    SUPPORTED_ACCOMMODATION("supported accommodation"),
    PARENT_AND_CHILD("a parent-and-child placement"),
    SHORT_BREAKS("short breaks"),
    SEND_RESIDENTIAL_SCHOOL("a residential special school");

    private final String words;

    PlacementType(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /** The 903 PLACE codes of each kind of placement brokered; other placements (adoption, with parents, hospital) are not. */
    private static final Map<String, PlacementType> BY_PLACE_CODE = Map.ofEntries(
            Map.entry("U1", FOSTERING),
            Map.entry("U2", FOSTERING),
            Map.entry("U3", FOSTERING),
            Map.entry("U4", FOSTERING),
            Map.entry("U5", FOSTERING),
            Map.entry("U6", FOSTERING),
            Map.entry("K1", RESIDENTIAL),
            Map.entry("K2", RESIDENTIAL),
            Map.entry("H5", SUPPORTED_ACCOMMODATION),
            Map.entry("R3", PARENT_AND_CHILD),
            Map.entry("S1", SEND_RESIDENTIAL_SCHOOL));

    /**
     * The 903 PLACE code a new placement of this kind is recorded with: foster care not (yet) long
     * term, a children's home, supported accommodation and so on.
     */
    public String placeCode() {
        return switch (this) {
            case FOSTERING, SHORT_BREAKS -> "U6";
            case RESIDENTIAL -> "K2";
            case SUPPORTED_ACCOMMODATION -> "H5";
            case PARENT_AND_CHILD -> "R3";
            case SEND_RESIDENTIAL_SCHOOL -> "S1";
        };
    }

    /** The kind of placement a 903 PLACE code is, if it is one that is brokered. */
    public static Optional<PlacementType> ofPlaceCode(String placeCode) {
        return placeCode == null ? Optional.empty() : Optional.ofNullable(BY_PLACE_CODE.get(placeCode));
    }
}
