package uk.placementbroker.insight;

import java.util.EnumSet;
import java.util.Set;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.identity.Role;
import uk.placementbroker.shared.Refused;

/** Who may see a council's stability figures, and who may import its return. */
public final class InsightAccess {

    /** Managers and those who plan placements read the figures; they are about groups, never one named child. */
    static final Set<Role> READERS =
            EnumSet.of(Role.TEAM_MANAGER, Role.HEAD_OF_SERVICE, Role.BROKER, Role.COMMISSIONER, Role.ADMINISTRATOR);

    static final Set<Role> IMPORTERS = EnumSet.of(Role.COMMISSIONER, Role.ADMINISTRATOR);

    private InsightAccess() {}

    public static boolean reads(CurrentUser user) {
        return user.roles().stream().anyMatch(READERS::contains)
                && (user.localAuthorityId() != null || user.consortiumId() != null)
                && user.providerOrganisationId() == null;
    }

    public static boolean imports(CurrentUser user) {
        return user.localAuthorityId() != null && user.roles().stream().anyMatch(IMPORTERS::contains);
    }

    /** The council whose return the user may import; anyone else is refused. */
    public static long councilImportedBy(CurrentUser user) {
        if (!imports(user)) {
            throw new Refused("Your role does not include this part of the service");
        }
        return user.localAuthorityId();
    }
}
