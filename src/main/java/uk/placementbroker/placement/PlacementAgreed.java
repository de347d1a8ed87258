package uk.placementbroker.placement;

import java.time.LocalDate;

/**
 * A placement came into being: published in the transaction that agrees it, heard by other modules
 * once that commits (through the event publication registry, so also after a restart).
 *
 * @param offerId the provider's offer it was agreed from
 */
public record PlacementAgreed(
        long placementId, long localAuthorityId, long referralId, long childId, long offerId, LocalDate startDate) {}
