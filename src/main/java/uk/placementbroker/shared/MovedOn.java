package uk.placementbroker.shared;

/**
 * A step that was open when the page was drawn but is not now: someone else has just moved the record
 * on (placed, withdrawn, decided). Shown with the page's error summary, or as 409 Conflict.
 */
public class MovedOn extends RuntimeException {

    public MovedOn(String whatHappened) {
        super(whatHappened, null, false, false);
    }
}
