package uk.placementbroker.identity;

/** A council's administrator changed which districts make up its area. */
public record CouncilAreaChanged(long localAuthorityId) {}
