/**
 * What every page shares: the embedded default database, the GOV.UK page layout and navigation by
 * role, each role's home page, and the error pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System")
package uk.placementbroker.system;
