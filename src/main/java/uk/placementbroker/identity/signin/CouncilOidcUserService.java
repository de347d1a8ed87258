package uk.placementbroker.identity.signin;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import uk.placementbroker.identity.accounts.AccountDirectory;
import uk.placementbroker.identity.accounts.StoredAccount;

/**
 * Matches a person signed in at the council's identity provider to their Placement Broker account by
 * email address. Roles and local authority come from that account, set by an administrator, never
 * from the identity provider, so a council's directory cannot widen what someone sees here.
 */
public class CouncilOidcUserService extends OidcUserService {

    public static final String NO_ACCOUNT = "no_account";
    public static final String ACCOUNT_UNAVAILABLE = "account_unavailable";

    private final AccountDirectory directory;

    CouncilOidcUserService(AccountDirectory directory) {
        this.directory = directory;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidcUser = super.loadUser(request);
        String email = oidcUser.getEmail() != null ? oidcUser.getEmail() : oidcUser.getPreferredUsername();
        StoredAccount account = (email == null ? java.util.Optional.<StoredAccount>empty() : directory.byEmail(email))
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(
                        NO_ACCOUNT, "No Placement Broker account has the email address " + email, null)));
        if (!account.enabled()) {
            throw new OAuth2AuthenticationException(
                    new OAuth2Error(ACCOUNT_UNAVAILABLE, "The account is disabled", null));
        }
        return new CouncilOidcPrincipal(account.user(), oidcUser.getIdToken(), oidcUser.getUserInfo());
    }
}
