package uk.placementbroker.identity.accounts;

import java.time.Instant;
import uk.placementbroker.identity.CurrentUser;

/** An account as sign-in and administration read it: who it is, and whether it may sign in now. */
public record StoredAccount(
        CurrentUser user,
        String email,
        String passwordHash,
        boolean enabled,
        Instant lockedUntil,
        int failedLoginAttempts,
        Instant lastLoginAt) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
