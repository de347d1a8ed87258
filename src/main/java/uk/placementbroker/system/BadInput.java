package uk.placementbroker.system;

import java.util.Map;

/**
 * A request whose values cannot be read at all (a number that is not one, an option that does not exist, a
 * character no text may hold): answered with the GOV.UK error summary naming each field, or problem details with
 * the invalid parameters, and nothing saved.
 */
final class BadInput extends RuntimeException {

    private final Map<String, String> fields;

    BadInput(Map<String, String> fields) {
        super(String.join("; ", fields.values()));
        this.fields = Map.copyOf(fields);
    }

    /** Each field named, with what is wrong with it. */
    Map<String, String> fields() {
        return fields;
    }
}
