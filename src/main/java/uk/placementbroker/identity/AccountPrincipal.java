package uk.placementbroker.identity;

/** What every signed-in principal carries, whether it came from a local password or the council's identity provider. */
interface AccountPrincipal {

    CurrentUser currentUser();
}
