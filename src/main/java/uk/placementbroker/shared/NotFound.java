package uk.placementbroker.shared;

/**
 * Nothing this person may see goes by that name: another council's record looks the same as one that
 * does not exist (404), so that guessing ids tells nobody anything.
 */
public class NotFound extends RuntimeException {

    public NotFound(String what) {
        super(what + " not found", null, false, false);
    }

    public NotFound() {
        this("Page");
    }
}
