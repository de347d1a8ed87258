package uk.placementbroker.identity.signin;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import uk.placementbroker.identity.accounts.AccountDirectory;

@Component
public class LocalAccountDetailsService implements UserDetailsService {

    private final AccountDirectory directory;

    LocalAccountDetailsService(AccountDirectory directory) {
        this.directory = directory;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return directory
                .byUsername(username)
                .filter(account -> account.passwordHash() != null)
                .map(account -> new LocalAccountPrincipal(
                        account.user(), account.passwordHash(), account.enabled(), account.lockedUntil()))
                .orElseThrow(() -> new UsernameNotFoundException("No local account"));
    }
}
