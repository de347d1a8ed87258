/**
 * The demonstration data the embedded default starts with: a consortium of three fictional councils,
 * an account for every role, provider organisations and children with histories of care. Generated
 * by code from a fixed seed; loaded only when {@code placementbroker.demo-data.enabled} is true
 * (the embedded default), never in production.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package uk.placementbroker.demo;
