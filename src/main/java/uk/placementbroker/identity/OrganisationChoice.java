package uk.placementbroker.identity;

/** An option in the organisation select, grouped under {@code group}. */
public record OrganisationChoice(String group, String value, String label) {}
