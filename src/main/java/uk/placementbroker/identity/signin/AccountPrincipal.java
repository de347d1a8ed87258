package uk.placementbroker.identity.signin;

import uk.placementbroker.identity.CurrentUser;

/** What every signed-in principal carries, whether it came from a local password or the council's identity provider. */
public interface AccountPrincipal {

    public CurrentUser currentUser();
}
