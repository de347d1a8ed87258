package uk.placementbroker.shared;

/**
 * A step this person may not take, or not now: shown as "You do not have access" (403) with the
 * message, which says why in words a user can act on.
 */
public class Refused extends RuntimeException {

    public Refused(String reason) {
        super(reason, null, false, false);
    }
}
