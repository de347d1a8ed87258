package uk.placementbroker.identity.signin;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import uk.placementbroker.identity.Role;
import uk.placementbroker.identity.accounts.AccountDirectory;

@Configuration
@EnableConfigurationProperties(CouncilIdentityProvider.class)
public class SecurityConfiguration {

    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private static final String[] PUBLIC_PATHS = {
        "/assets/**",
        "/webjars/**",
        "/css/**",
        "/js/**",
        "/favicon.ico",
        "/error",
        "/login",
        "/licences",
        "/actuator/health",
        "/actuator/health/**"
    };

    /**
     * Sends people to the sign-in page as "/login", not as an address built from the request's Host, which
     * anyone can set (with {@code server.tomcat.use-relative-redirects}, Tomcat leaves it relative too).
     */
    private static final ObjectPostProcessor<LoginUrlAuthenticationEntryPoint> RELATIVE_SIGN_IN_REDIRECT =
            new ObjectPostProcessor<>() {
                @Override
                public <O extends LoginUrlAuthenticationEntryPoint> O postProcess(O entryPoint) {
                    entryPoint.setFavorRelativeUris(true);
                    return entryPoint;
                }
            };

    @Bean
    public SecurityFilterChain securityFilterChain(
            HttpSecurity http, CouncilIdentityProvider councilIdentityProvider, AccountDirectory directory) {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PATHS)
                        .permitAll()
                        .requestMatchers("/admin/**", "/actuator/**")
                        .hasRole(Role.ADMINISTRATOR.name())
                        .anyRequest()
                        .authenticated())
                .formLogin(login -> login.loginPage("/login")
                        .failureHandler(passwordFailure())
                        .withObjectPostProcessor(RELATIVE_SIGN_IN_REDIRECT)
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?signedOut"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter
                                        .ReferrerPolicy.SAME_ORIGIN)));
        if (councilIdentityProvider.configured()) {
            http.oauth2Login(login -> login.loginPage("/login")
                    .withObjectPostProcessor(RELATIVE_SIGN_IN_REDIRECT)
                    .clientRegistrationRepository(
                            new InMemoryClientRegistrationRepository(registration(councilIdentityProvider)))
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new CouncilOidcUserService(directory)))
                    .failureHandler(councilFailure()));
        }
        return http.build();
    }

    @Bean
    AuthenticationProvider passwordSignIn(
            AccountDirectory directory, PasswordEncoder passwordEncoder, LoginAttempts attempts) {
        return new PasswordSignIn(new LocalAccountDetailsService(directory), passwordEncoder, attempts);
    }

    @Bean
    public PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    private static ClientRegistration registration(CouncilIdentityProvider provider) {
        return ClientRegistrations.fromIssuerLocation(provider.issuerUri())
                .registrationId(CouncilIdentityProvider.REGISTRATION_ID)
                .clientId(provider.clientId())
                .clientSecret(provider.clientSecret())
                .scope("openid", "profile", "email")
                .clientName(provider.buttonLabel())
                .build();
    }

    private static AuthenticationFailureHandler passwordFailure() {
        return (request, response, exception) -> {
            // A paused sign-in reads as a wrong password: a different word would tell a stranger the username exists.
            String reason = exception instanceof DisabledException ? "disabled" : "error";
            response.sendRedirect(request.getContextPath() + "/login?" + reason);
        };
    }

    private static AuthenticationFailureHandler councilFailure() {
        return (request, response, exception) -> {
            String code = exception instanceof OAuth2AuthenticationException oauth
                    ? oauth.getError().getErrorCode()
                    : "";
            String reason = CouncilOidcUserService.NO_ACCOUNT.equals(code)
                    ? "noAccount"
                    : CouncilOidcUserService.ACCOUNT_UNAVAILABLE.equals(code) ? "disabled" : "councilError";
            response.sendRedirect(request.getContextPath() + "/login?" + reason);
        };
    }
}
