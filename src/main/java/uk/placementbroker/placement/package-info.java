/**
 * Placements: an agreed offer becomes a placement of the child in the home, at the agreed fees, with
 * the referral's outcomes. A home is booked under a lock, so that two decisions made at the same moment
 * cannot fill one place twice.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Placements")
package uk.placementbroker.placement;
