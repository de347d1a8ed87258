package uk.placementbroker.placement;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.placementbroker.children.PlacementsOfTheChild;
import uk.placementbroker.placement.internal.PlacementStore;

/** Each child's placements, for the child's record, which links to each placement's page. */
@Component
class ChildsPlacements implements PlacementsOfTheChild {

    private final PlacementStore store;

    ChildsPlacements(PlacementStore store) {
        this.store = store;
    }

    @Override
    public List<Made> of(long localAuthorityId, long childId) {
        return store.ofChild(localAuthorityId, childId).stream()
                .map(placement -> new Made(
                        placement.id(),
                        placement.homeName(),
                        placement.providerName(),
                        placement.startDate(),
                        placement.endedOn()))
                .toList();
    }
}
