package uk.placementbroker.shared;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A UK postcode in its standard form ("NN1 2AB"), or only its outward code ("NN1") where that is all
 * that may be known or shown, as on an anonymised referral.
 */
public record Postcode(String outwardCode, String inwardCode) {

    private static final Pattern FULL = Pattern.compile("^([A-Z]{1,2}[0-9][A-Z0-9]?)\\s*([0-9][A-Z]{2})$");
    private static final Pattern OUTWARD = Pattern.compile("^[A-Z]{1,2}[0-9][A-Z0-9]?$");

    /** A full postcode or an outward code, as typed: spaces and case do not matter. */
    public static Optional<Postcode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String cleaned = text.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        Matcher full = FULL.matcher(cleaned);
        if (full.matches()) {
            return Optional.of(new Postcode(full.group(1), full.group(2)));
        }
        if (OUTWARD.matcher(cleaned).matches()) {
            return Optional.of(new Postcode(cleaned, null));
        }
        return Optional.empty();
    }

    public boolean complete() {
        return inwardCode != null;
    }

    @Override
    public String toString() {
        return inwardCode == null ? outwardCode : outwardCode + " " + inwardCode;
    }
}
