/**
 * Placements: the one place a placement comes into being ({@link uk.placementbroker.placement.Placements#agree},
 * publishing {@link uk.placementbroker.placement.PlacementAgreed}), with the provider, the home, the offer
 * it came from, who proposed and who gave permission, and its weekly costs item by item. A home is booked
 * under a lock, so that two decisions made at the same moment cannot fill one place twice. After it: the
 * placement's Individual Placement Contract, version by version ({@link uk.placementbroker.placement.Contracts}),
 * its price over time ({@link uk.placementbroker.placement.Price}), and its reviews
 * ({@link uk.placementbroker.placement.Reviews}).
 * The tables are {@code placement_*}, read and written only in {@code placement.internal}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Placements")
package uk.placementbroker.placement;
