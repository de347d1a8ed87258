package uk.placementbroker.identity;

/** A group of councils that share frameworks, provider concerns and a dataset. */
public record Consortium(long id, String name) {}
