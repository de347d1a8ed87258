package uk.placementbroker.children;

import java.time.LocalDate;
import java.util.List;

/**
 * The placements made for a child in Placement Broker, for the child's record: told by the module that owns
 * placements (which depends on this one, so the child's record asks through this interface).
 */
public interface PlacementsOfTheChild {

    /** @param endedOn the day it ended, or null while it lasts */
    record Made(long placementId, String homeName, String providerName, LocalDate startDate, LocalDate endedOn) {}

    /** The child's placements, the latest start first; empty for a child of another council. */
    List<Made> of(long localAuthorityId, long childId);
}
