package uk.placementbroker.referral;

/**
 * The broker changed a referral while it is searched for: published within the transaction that changes it, so
 * that the providers already asked are sent the change.
 *
 * @param what the part of the referral changed, in words
 * @param why the broker's reason, as written: those who tell providers anonymise it
 * @param at when, which also names the mails it causes, so that a resubmitted event sends none twice
 */
public record ReferralAmended(long referralId, String what, String why, java.time.Instant at) {}
