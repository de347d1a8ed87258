package uk.placementbroker.children;

/** A council's children or their episodes of care changed: figures computed from them are out of date. */
public record ChildRecordsChanged(long localAuthorityId) {}
