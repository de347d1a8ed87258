package uk.placementbroker.identity;

/** What was done to a record. */
public enum AuditAction {
    VIEWED,
    /** Children's names and dates of birth were shown in a list (a search, a queue, a drift list). */
    LISTED,
    CREATED,
    UPDATED,
    /** Child-level data left the service, such as a 903 return exported for the DfE. */
    EXPORTED,
    /** Someone asked for a record they may not see (another council's, or outside their role). */
    REFUSED,
    SIGNED_IN,
    SIGN_IN_FAILED,
    LOCKED_OUT,
    UNLOCKED
}
