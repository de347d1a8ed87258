package uk.placementbroker.identity;

/** An organisation whose staff sign in as provider users. The market module keeps its details. */
public record ProviderOrganisation(long id, String name) {}
