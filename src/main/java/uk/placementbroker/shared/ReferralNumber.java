package uk.placementbroker.shared;

/** A referral's number as providers and mails show it: never the child's reference. */
public final class ReferralNumber {

    private ReferralNumber() {}

    public static String of(long referralId) {
        String digits = Long.toString(referralId);
        return "R" + "0".repeat(Math.max(0, 6 - digits.length())) + digits;
    }
}
