package uk.placementbroker.identity.signin;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import uk.placementbroker.identity.CurrentUser;

/** Someone signed in through their council's identity provider, acting as the Placement Broker account it matched. */
public final class CouncilOidcPrincipal extends DefaultOidcUser implements AccountPrincipal {

    private final CurrentUser currentUser;

    CouncilOidcPrincipal(CurrentUser currentUser, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(AccountAuthorities.of(currentUser), idToken, userInfo);
        this.currentUser = currentUser;
    }

    @Override
    public CurrentUser currentUser() {
        return currentUser;
    }

    @Override
    public String getName() {
        return currentUser.username();
    }
}
