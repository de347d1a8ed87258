package uk.placementbroker.market;

import java.util.EnumSet;
import java.util.Set;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.identity.Role;

/** Who may search the market for a child: a council's brokers and the managers who decide. */
public final class MarketAccess {

    private static final Set<Role> SEARCHERS = EnumSet.of(Role.BROKER, Role.TEAM_MANAGER, Role.HEAD_OF_SERVICE);

    private MarketAccess() {}

    public static boolean searches(CurrentUser user) {
        return user.localAuthorityId() != null && user.roles().stream().anyMatch(SEARCHERS::contains);
    }
}
