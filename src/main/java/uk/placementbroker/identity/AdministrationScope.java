package uk.placementbroker.identity;

import java.util.List;

/**
 * What an administrator may manage. A council's administrator manages that council's accounts; a
 * consortium-level administrator (one without a council) manages every account in the consortium,
 * including provider users and other consortium-level staff.
 */
final class AdministrationScope {

    /** Over {@code u} (identity_user_account) and {@code la} (its local authority); takes {@link #parameters}. */
    static final String ACCOUNTS_CONDITION = """
            ((?::bigint is not null and u.local_authority_id = ?::bigint)
             or (?::bigint is null and coalesce(u.consortium_id, la.consortium_id) = ?::bigint))
            """;

    private AdministrationScope() {}

    static List<Object> parameters(CurrentUser administrator) {
        Long council = administrator.localAuthorityId();
        Long consortium = administrator.consortiumId();
        return java.util.Arrays.asList(council, council, council, consortium);
    }

    static boolean isConsortiumLevel(CurrentUser administrator) {
        return administrator.localAuthorityId() == null;
    }

    static boolean mayManage(CurrentUser administrator, CurrentUser account) {
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
