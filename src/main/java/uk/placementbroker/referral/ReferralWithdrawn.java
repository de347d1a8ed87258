package uk.placementbroker.referral;

/** A referral was withdrawn: published within the transaction that withdraws it. */
public record ReferralWithdrawn(long referralId) {}
