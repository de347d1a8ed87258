package uk.placementbroker.insight.ssda903;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Map;
import java.util.Set;

/**
 * One column of a 903 table as a year's specification defines it: what kind of value, which codes,
 * and whether it may be blank.
 *
 * @param codes the permitted codes of a category column (empty for other kinds, or when the
 *     specification lists none)
 * @param aliases other spellings the specification accepts for a code, such as "Male" for "1"
 */
public record Column(String name, Kind kind, Set<String> codes, Map<String, String> aliases, boolean canBeBlank) {

    public enum Kind {
        TEXT,
        DATE,
        INTEGER,
        CATEGORY
    }

    private static final DateTimeFormatter DFE_DATE =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** Thrown with words a person can act on, such as "DOB 31/02/2010 is not a date". */
    public static final class InvalidValue extends Exception {

        private final boolean unknownCode;

        InvalidValue(String message) {
            this(message, false);
        }

        InvalidValue(String message, boolean unknownCode) {
            super(message, null, false, false);
            this.unknownCode = unknownCode;
        }

        /** Whether the value is well formed but not one of the year's codes. */
        public boolean unknownCode() {
            return unknownCode;
        }
    }

    /**
     * The value in its one canonical form: dates as ISO (yyyy-mm-dd), codes as the DfE's code, blank
     * as null.
     */
    public String normalise(String raw) throws InvalidValue {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            if (!canBeBlank) {
                throw new InvalidValue(name + " must not be blank");
            }
            return null;
        }
        return switch (kind) {
            case TEXT -> value;
            case DATE -> parseDate(value).toString();
            case INTEGER -> {
                if (!value.matches("-?\\d+")) {
                    throw new InvalidValue(name + " " + value + " is not a whole number");
                }
                yield value;
            }
            case CATEGORY -> {
                if (codes.isEmpty() || codes.contains(value)) {
                    yield value;
                }
                // A spreadsheet that took the code for a number writes 1 as "1.0".
                String wholeNumber = value.replaceFirst("^(\\d+)\\.0+$", "$1");
                if (codes.contains(wholeNumber)) {
                    yield wholeNumber;
                }
                String aliased = aliases.get(value);
                if (aliased != null) {
                    yield aliased;
                }
                throw new InvalidValue(name + " " + value + " is not one of the codes for this year", true);
            }
        };
    }

    /** The 903's dd/mm/yyyy, or ISO yyyy-mm-dd; a date-time keeps only its date. */
    static LocalDate parseDate(String value) throws InvalidValue {
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}([ T].*)?")) {
                return LocalDate.parse(value.substring(0, 10));
            }
            if (value.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
                String[] parts = value.split("/");
                return LocalDate.parse(
                        String.format("%02d/%02d/%s", Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), parts[2]),
                        DFE_DATE);
            }
        } catch (DateTimeParseException e) {
            throw new InvalidValue(value + " is not a date");
        }
        throw new InvalidValue(value + " is not a date in the form dd/mm/yyyy or yyyy-mm-dd");
    }
}
