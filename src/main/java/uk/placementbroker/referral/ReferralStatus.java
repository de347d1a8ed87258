package uk.placementbroker.referral;

/** Where a referral has got to, and who it waits for. */
public enum ReferralStatus {
    DRAFT("Draft", "the social worker"),
    AWAITING_PERMISSION("Waiting for permission to look", "the team manager"),
    AWAITING_QUALITY_CHECK("Waiting for the broker's quality check", "a broker"),
    RETURNED("Returned to the social worker", "the social worker"),
    READY_TO_SEARCH("Ready to search", "a broker"),
    SEARCHING("Searching", "providers' offers"),
    // Who a choosing referral waits for depends on the choice (referral.ChoiceProgress): these words are the start.
    CHOOSING("Choice sent to the social worker", "the social worker"),
    PLACED("Placed", "nobody"),
    WITHDRAWN("Withdrawn", "nobody");

    private final String words;
    private final String waitsFor;

    ReferralStatus(String words, String waitsFor) {
        this.words = words;
        this.waitsFor = waitsFor;
    }

    public String words() {
        return words;
    }

    public String waitsFor() {
        return waitsFor;
    }

    /** Whether providers may still answer: only while it is searched for or the choice is being made. */
    public boolean takesAnswers() {
        return this == SEARCHING || this == CHOOSING;
    }

    /** Whether the social worker can still change the answers. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
