package uk.placementbroker.identity.signin;

import org.springframework.security.authentication.AccountStatusException;

/**
 * A sign-in refused without looking at the password, because wrong passwords from the same address have
 * paused it. An account status exception, so that no other authentication provider is asked instead.
 */
public class SignInPausedException extends AccountStatusException {

    SignInPausedException(String message) {
        super(message);
    }
}
