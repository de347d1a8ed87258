package uk.placementbroker.brokerage;

/** Why a provider cannot offer: a fixed list, so that refusals add up to what the market is short of. */
public enum RefusalReason {
    NO_VACANCY("No vacancy"),
    NEEDS_TOO_COMPLEX("The child's needs are too complex for us"),
    RISK_TO_OTHER_CHILDREN("Risk to the children already with us"),
    LOCATION("Location"),
    OFSTED_RATING("A concern about our Ofsted rating"),
    PRICE("Price"),
    OTHER("Other");

    private final String words;

    RefusalReason(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
