package uk.placementbroker.finance.reconciliation;

/** Something about an invoice the finance officer must see before paying it. */
public enum Flag {
    OUTSIDE_THE_PLACEMENT("Days before the placement started or after it ended"),
    RATE_ABOVE_THE_CONTRACT("A rate above the contract's"),
    EXTRA_NOT_AGREED("An extra the contract does not agree"),
    EXTRA_NOT_IN_FORCE("An extra not in force on some of the days"),
    ALREADY_INVOICED("Days already invoiced"),
    ANOTHER_PROVIDER_SAME_DAYS("Another provider has invoiced the same child for the same days"),
    ONE_OFF_BILLED_TWICE("A one-off cost billed again"),
    SUMS_DO_NOT_ADD_UP("Sums that do not add up"),
    VAT_ON_AN_EXEMPT_SERVICE("VAT on a service the contract says is exempt");

    private final String words;

    Flag(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
