package uk.placementbroker.placement;

/** The items a placement's weekly price is made of, as the Individual Placement Contract lists them. */
public enum PriceItem {
    ACCOMMODATION_AND_CARE("Accommodation and care"),
    EDUCATION("Education"),
    HEALTH_AND_THERAPY("Health and therapy"),
    ONE_TO_ONE("1:1 support"),
    TRANSPORT("Transport"),
    OTHER("Other");

    private final String words;

    PriceItem(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
