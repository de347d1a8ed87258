package uk.placementbroker.identity;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import uk.placementbroker.identity.signin.AccountPrincipal;

/** Finds the signed-in user, whichever way they signed in. */
@Component
public class CurrentUsers {

    public Optional<CurrentUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal.currentUser());
        }
        return Optional.empty();
    }
}
