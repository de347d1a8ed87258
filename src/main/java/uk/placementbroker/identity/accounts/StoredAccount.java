package uk.placementbroker.identity.accounts;

import java.time.Instant;
import uk.placementbroker.identity.CurrentUser;

/** An account as sign-in and administration read it: who it is, and whether it may sign in. */
public record StoredAccount(
        CurrentUser user,
        String email,
        String passwordHash,
        boolean enabled,
        int pausedAddresses,
        Instant lastLoginAt) {

    /** Whether wrong passwords have paused signing in to this account from any address. */
    public boolean paused() {
        return pausedAddresses > 0;
    }
}
