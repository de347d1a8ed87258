package uk.placementbroker.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.placementbroker.support.IntegrationTest;
import uk.placementbroker.support.WebSession;

/** Sign-in through a council's identity provider: a real OIDC server runs inside the test. */
@IntegrationTest
class CouncilSignInIntegrationTests {

    private static final String ISSUER = "council";
    private static final MockOAuth2Server identityProvider = new MockOAuth2Server();

    static {
        identityProvider.start();
    }

    @DynamicPropertySource
    static void councilIdentityProvider(DynamicPropertyRegistry registry) {
        registry.add(
                "placementbroker.oidc.issuer-uri",
                () -> identityProvider.issuerUrl(ISSUER).toString());
        registry.add("placementbroker.oidc.client-id", () -> "placement-broker");
        registry.add("placementbroker.oidc.client-secret", () -> "a-client-secret");
        registry.add("placementbroker.oidc.name", () -> "Northbridge City Council");
    }

    @AfterAll
    static void stopIdentityProvider() {
        identityProvider.shutdown();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSignInPageOffersTheCouncilsIdentityProvider() {
        String page = new WebSession(port).get("/login").body();

        assertThat(page).contains("Sign in with your Northbridge City Council account");
    }

    @Test
    void aPersonSignedInAtTheCouncilActsAsTheirAccountWithItsRolesAndCouncil() {
        identityProvider.enqueueCallback(personWithEmail("Broker.Northbridge@northbridge.example"));
        WebSession browser = new WebSession(port);

        HttpResponse<String> home = signInAtCouncil(browser);

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("As broker").contains("Northbridge City Council");
        assertThat(browser.get("/children").statusCode()).isEqualTo(200);
        assertThat(jdbc.sql(
                                "select detail from identity_audit_event where actor_username = 'broker.northbridge' and action = 'SIGNED_IN'")
                        .query(String.class)
                        .list())
                .contains("Council identity provider");
    }

    @Test
    void someoneWithoutAnAccountIsTurnedAwayWithAnExplanation() {
        identityProvider.enqueueCallback(personWithEmail("stranger@northbridge.example"));
        WebSession browser = new WebSession(port);

        HttpResponse<String> page = signInAtCouncil(browser);

        assertThat(page.uri().toString()).endsWith("/login?noAccount");
        assertThat(page.body()).contains("Your council account is not set up in Placement Broker");
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void aDisabledAccountCannotSignInThroughTheCouncilEither() {
        jdbc.sql("update identity_user_account set enabled = false where username = 'tm.eastmoor'")
                .update();
        try {
            identityProvider.enqueueCallback(personWithEmail("tm.eastmoor@eastmoor.example"));
            WebSession browser = new WebSession(port);

            HttpResponse<String> page = signInAtCouncil(browser);

            assertThat(page.uri().toString()).endsWith("/login?disabled");
            assertThat(browser.get("/").statusCode()).isEqualTo(302);
        } finally {
            jdbc.sql("update identity_user_account set enabled = true where username = 'tm.eastmoor'")
                    .update();
        }
    }

    private HttpResponse<String> signInAtCouncil(WebSession browser) {
        return browser.follow(browser.get("/oauth2/authorization/council"));
    }

    private static DefaultOAuth2TokenCallback personWithEmail(String email) {
        return new DefaultOAuth2TokenCallback(
                ISSUER,
                "subject-" + email.hashCode(),
                "JWT",
                List.of("placement-broker"),
                Map.of("email", email, "name", "A council officer"),
                3600);
    }
}
