package uk.placementbroker.market;

import uk.placementbroker.identity.CurrentUser;

/**
 * A provider's past stability with the user's councils, for its profile: told by the module that owns placements
 * (which depends on this one, so the market asks through this interface and never reads placements itself).
 */
public interface PastPlacements {

    /**
     * @param unplannedPercent of the placements ended, the share that ended unplanned; null when none has
     * @param achievedPercent of the outcomes rated at each placement's latest review, the share achieved; null when none is rated
     * @param medianDaysEnded how long the ended placements lasted, the median in days; null when none has ended
     */
    record Stability(
            int placements,
            int ended,
            int endedUnplanned,
            Integer unplannedPercent,
            int outcomesRated,
            int outcomesAchieved,
            Integer achievedPercent,
            Long medianDaysEnded) {}

    Stability of(CurrentUser user, long providerId);
}
