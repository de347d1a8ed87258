package uk.placementbroker.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
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
                .map(account -> new LocalAccountPrincipal(
                        account.user(), account.passwordHash(), account.enabled(), account.lockedUntil()))
                .orElseThrow(() -> new UsernameNotFoundException("No local account"));
    }
}
