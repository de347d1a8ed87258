/**
 * Who people are and what they may see: local authorities (the tenants), consortia of local
 * authorities, provider organisations, user accounts with their roles, sign-in (local accounts and
 * a council's OIDC identity provider), and the append-only audit log.
 *
 * <p>The API other modules use: {@link uk.placementbroker.identity.CurrentUser} (who is asking,
 * for which local authority), {@link uk.placementbroker.identity.AuditLog} (one line to record an
 * event), {@link uk.placementbroker.identity.Role}, and {@link uk.placementbroker.identity.Organisations}
 * and {@link uk.placementbroker.identity.Accounts} for setting up tenants and accounts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and tenancy")
package uk.placementbroker.identity;
