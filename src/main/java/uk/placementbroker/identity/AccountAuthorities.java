package uk.placementbroker.identity;

import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

final class AccountAuthorities {

    private AccountAuthorities() {}

    static List<GrantedAuthority> of(CurrentUser user) {
        return user.roles().stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
                .toList();
    }
}
