package uk.placementbroker.identity.signin;

import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import uk.placementbroker.identity.CurrentUser;

public final class AccountAuthorities {

    private AccountAuthorities() {}

    public static List<GrantedAuthority> of(CurrentUser user) {
        return user.roles().stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
                .toList();
    }
}
