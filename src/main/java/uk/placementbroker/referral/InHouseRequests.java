package uk.placementbroker.referral;

/**
 * Whether the council has asked its own fostering service about a referral: the service's staff, who are the
 * council's own, may then read it in full. The brokerage module, which asks, answers.
 */
public interface InHouseRequests {

    boolean asked(long localAuthorityId, long referralId);
}
