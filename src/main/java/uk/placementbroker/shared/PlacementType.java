package uk.placementbroker.shared;

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
}
