package uk.placementbroker.identity.signin;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import uk.placementbroker.identity.accounts.AccountDirectory;

/** Local accounts for {@link PasswordSignIn}: not a bean, so Spring Security cannot sign in around the pauses. */
class LocalAccountDetailsService implements UserDetailsService {

    private final AccountDirectory directory;

    LocalAccountDetailsService(AccountDirectory directory) {
        this.directory = directory;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return directory
                .byUsername(username)
                .filter(account -> account.passwordHash() != null)
                .map(account -> new LocalAccountPrincipal(account.user(), account.passwordHash(), account.enabled()))
                .orElseThrow(() -> new UsernameNotFoundException("No local account"));
    }
}
