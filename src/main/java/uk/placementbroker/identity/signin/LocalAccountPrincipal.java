package uk.placementbroker.identity.signin;

import java.util.Collection;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import uk.placementbroker.identity.CurrentUser;

public final class LocalAccountPrincipal implements UserDetails, CredentialsContainer, AccountPrincipal {

    private final CurrentUser currentUser;
    private String passwordHash;
    private final boolean enabled;

    LocalAccountPrincipal(CurrentUser currentUser, String passwordHash, boolean enabled) {
        this.currentUser = currentUser;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
    }

    @Override
    public CurrentUser currentUser() {
        return currentUser;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return AccountAuthorities.of(currentUser);
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return currentUser.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
