package uk.placementbroker.identity.accounts;

import java.util.List;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.identity.Role;

/**
 * What an administrator may manage. A council's administrator manages that council's accounts; a
 * consortium-level administrator (one without a council) manages every account in the consortium,
 * including provider users and other consortium-level staff.
 */
public final class AdministrationScope {

    /** Over {@code u} (identity_user_account) and {@code la} (its local authority); takes {@link #parameters}. */
    public static final String ACCOUNTS_CONDITION = """
            ((?::bigint is not null and u.local_authority_id = ?::bigint)
             or (?::bigint is null and coalesce(u.consortium_id, la.consortium_id) = ?::bigint))
            """;

    private AdministrationScope() {}

    public static List<Object> parameters(CurrentUser administrator) {
        Long council = administrator.localAuthorityId();
        Long consortium = administrator.consortiumId();
        return java.util.Arrays.asList(council, council, council, consortium);
    }

    public static boolean isConsortiumLevel(CurrentUser administrator) {
        return administrator.localAuthorityId() == null;
    }

    public static boolean mayManage(CurrentUser administrator, CurrentUser account) {
        if (!administrator.hasRole(Role.ADMINISTRATOR)) {
            return false;
        }
        if (isConsortiumLevel(administrator)) {
            return administrator.consortiumId() != null
                    && administrator.consortiumId().equals(account.consortiumId());
        }
        return administrator.localAuthorityId().equals(account.localAuthorityId());
    }
}
