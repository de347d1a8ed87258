package uk.placementbroker.identity;

import java.io.Serializable;
import java.util.Set;

/**
 * The signed-in person and the organisation they act for. Every query about children is scoped by
 * {@link #localAuthorityId()}; controllers receive this as a method parameter.
 *
 * @param localAuthorityId the council whose records this person may see, or null (provider users,
 *     consortium-level staff)
 * @param providerOrganisationId the provider this person works for, or null
 * @param consortiumId the consortium of the person's council, or of their own consortium-level post
 */
public record CurrentUser(
        long id,
        String username,
        String displayName,
        Set<Role> roles,
        Long localAuthorityId,
        Long providerOrganisationId,
        Long consortiumId,
        String organisationName)
        implements Serializable {

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean seesChildrensRecords() {
        return localAuthorityId != null && roles.stream().anyMatch(Role::seesChildrensRecords);
    }

    public boolean belongsTo(long localAuthority) {
        return localAuthorityId != null && localAuthorityId == localAuthority;
    }
}
