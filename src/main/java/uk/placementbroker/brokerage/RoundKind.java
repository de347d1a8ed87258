package uk.placementbroker.brokerage;

/** The rounds of a search, in the order the studies' brokers ran them. */
public enum RoundKind {
    IN_HOUSE("The council's own foster carers"),
    FRAMEWORK("Framework providers"),
    SPOT("Other providers (spot purchase)");

    private final String words;

    RoundKind(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
