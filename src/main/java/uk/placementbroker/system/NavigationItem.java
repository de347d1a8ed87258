package uk.placementbroker.system;

/** One link in the service navigation. */
public record NavigationItem(String label, String href, boolean active) {}
