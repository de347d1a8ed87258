package uk.placementbroker.identity.signin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * A council's OIDC identity provider (Entra ID, Keycloak, ...). Sign-in through it is on when an
 * issuer URI is configured; nothing else has to change.
 *
 * @param name shown on the sign-in button, such as "Northbridge City Council"
 */
@ConfigurationProperties("placementbroker.oidc")
public record CouncilIdentityProvider(String issuerUri, String clientId, String clientSecret, String name) {

    public static final String REGISTRATION_ID = "council";

    public boolean configured() {
        return StringUtils.hasText(issuerUri);
    }

    public String buttonLabel() {
        return "Sign in with your " + (StringUtils.hasText(name) ? name : "council") + " account";
    }
}
