package uk.placementbroker.placement;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.identity.Organisations;
import uk.placementbroker.market.PastPlacements;

/** A provider's past placements with the user's council, or with each council of the user's consortium. */
@Component
class ProvidersPastPlacements implements PastPlacements {

    private final Placements placements;
    private final Organisations organisations;

    ProvidersPastPlacements(Placements placements, Organisations organisations) {
        this.placements = placements;
        this.organisations = organisations;
    }

    @Override
    public Stability of(CurrentUser user, long providerId) {
        List<Long> councils = user.localAuthorityId() != null
                ? List.of(user.localAuthorityId())
                : user.consortiumId() == null
                        ? List.of()
                        : organisations.localAuthoritiesOf(user.consortiumId()).stream()
                                .map(council -> council.id())
                                .toList();
        PlacementMeasures.Group group = placements.pastPlacementsOf(providerId, councils);
        return new Stability(
                group.placements(),
                group.ended(),
                group.endedUnplanned(),
                group.unplannedPercent(),
                group.outcomesRated(),
                group.outcomesAchieved(),
                group.achievedPercent(),
                group.medianDaysEnded());
    }
}
