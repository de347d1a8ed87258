package uk.placementbroker.shared;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a person types into a form, read within the limits every form of the service shares: text of at most
 * {@link #LONGEST_TEXT} characters (refused before any form is read, and said under each box), dates in the years
 * the service deals in, amounts of money above nothing and below a ceiling, and page numbers that cannot overflow.
 * Each form says in its own words what it wants; these say only whether what was typed is within bounds.
 */
public final class Typed {

    /** The most any field takes: about 800 words. */
    public static final int LONGEST_TEXT = 5_000;

    /** The most of a message about a file kept, whatever the file held. */
    public static final int LONGEST_MESSAGE = 300;

    public static final int EARLIEST_YEAR = 1900;
    public static final int LATEST_YEAR = 2100;

    /** More than any week of any placement costs, or any one-off cost; an amount above it is a slip of the keys. */
    public static final BigDecimal MOST_POUNDS = new BigDecimal("100000");

    /** The hours in a week. */
    public static final BigDecimal MOST_HOURS_A_WEEK = new BigDecimal("168");

    private Typed() {}

    /** A real date from a GOV.UK date input, its year written in four digits from {@link #EARLIEST_YEAR} to {@link #LATEST_YEAR}. */
    public static Optional<LocalDate> date(String day, String month, String year) {
        Optional<Integer> d = wholeNumber(day, 1, 31);
        Optional<Integer> m = wholeNumber(month, 1, 12);
        Optional<Integer> y = wholeNumber(year, EARLIEST_YEAR, LATEST_YEAR);
        if (d.isEmpty() || m.isEmpty() || y.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(y.get(), m.get(), d.get()));
        } catch (DateTimeException notADay) {
            return Optional.empty();
        }
    }

    /** The same, only when it falls from {@code earliest} to {@code latest}, both included. */
    public static Optional<LocalDate> date(
            String day, String month, String year, LocalDate earliest, LocalDate latest) {
        return date(day, month, year).filter(date -> !date.isBefore(earliest) && !date.isAfter(latest));
    }

    /**
     * An amount in pounds as people write it (‘950’, ‘£1,250.50’): at most two places of pence, not below nothing,
     * not above {@link #MOST_POUNDS}; empty for anything else, ‘1E+20’ and ‘NaN’ among them.
     */
    public static Optional<BigDecimal> pounds(String text) {
        return decimal(text == null ? null : text.replace("£", "").replace(",", ""), MOST_POUNDS);
    }

    /** Hours in a week, such as ‘10’ or ‘7.5’: from 0 to {@link #MOST_HOURS_A_WEEK}, at most two decimal places. */
    public static Optional<BigDecimal> hoursAWeek(String text) {
        return decimal(text, MOST_HOURS_A_WEEK);
    }

    /** A whole number from {@code lowest} to {@code highest}, written in digits (a leading minus allowed). */
    /** A percentage such as ‘1.5’ or ‘2%’: from 0 to 100, at most two decimal places. */
    public static Optional<BigDecimal> percent(String text) {
        return decimal(text == null ? null : text.replace("%", ""), new BigDecimal("100"));
    }

    public static Optional<Integer> wholeNumber(String text, int lowest, int highest) {
        if (text == null || !text.strip().matches("-?\\d{1,9}")) {
            return Optional.empty();
        }
        int number = Integer.parseInt(text.strip());
        return number < lowest || number > highest ? Optional.empty() : Optional.of(number);
    }

    /** The first row of a page of {@code pageSize} rows: any page number, even 2147483647, without overflow. */
    public static long offset(int page, int pageSize) {
        return (Math.max(1L, page) - 1) * pageSize;
    }

    /**
     * A message that may carry a value copied from a file, which may be any length: at most {@link #LONGEST_MESSAGE}
     * characters, its start and end kept (what is wrong is usually said after the value) and the middle cut.
     */
    public static String forAMessage(String message) {
        if (message == null || message.length() <= LONGEST_MESSAGE) {
            return message;
        }
        return message.substring(0, 150) + " … (" + String.format("%,d", message.length() - 250) + " characters cut) … "
                + message.substring(message.length() - 100);
    }

    private static Optional<BigDecimal> decimal(String text, BigDecimal most) {
        if (text == null || !text.strip().matches("\\d{1,9}(\\.\\d{1,2})?")) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(text.strip());
        return value.compareTo(most) > 0 ? Optional.empty() : Optional.of(value);
    }
}
