package uk.placementbroker.identity.signin;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Signing in with a username and password. A paused username and address is refused before the password
 * is checked; a disabled account is told so only after the right password, so that neither answer tells a
 * stranger which usernames exist.
 */
class PasswordSignIn implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginAttempts attempts;

    PasswordSignIn(LocalAccountDetailsService accounts, PasswordEncoder passwordEncoder, LoginAttempts attempts) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(passwordEncoder);
        this.passwords.setPreAuthenticationChecks(account -> {});
        this.passwords.setPostAuthenticationChecks(account -> {
            if (!account.isEnabled()) {
                throw new DisabledException("The account is disabled");
            }
        });
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        attempts.refuseWhilePaused(authentication);
        return passwords.authenticate(authentication);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
