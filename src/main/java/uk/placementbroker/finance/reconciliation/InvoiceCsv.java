package uk.placementbroker.finance.reconciliation;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.placementbroker.placement.PriceItem;
import uk.placementbroker.shared.Money;
import uk.placementbroker.shared.Typed;

/**
 * Invoices uploaded as CSV by a provider with many placements: one row per line, the rows of one invoice sharing its
 * number, placement reference and period. Every problem is named by row and column; with any problem, no invoice is
 * read (all or nothing).
 */
public final class InvoiceCsv {

    /** The columns, in the order the page and the README document them. */
    public static final List<String> COLUMNS = List.of(
            "invoice_number",
            "placement_reference",
            "period_from",
            "period_to",
            "item",
            "description",
            "days",
            "daily_rate",
            "amount",
            "vat");

    /** What {@code item} may say: a price item's name or words, or ONE_OFF for a one-off cost. */
    public static final String ONE_OFF = "ONE_OFF";

    private static final List<DateTimeFormatter> DATES =
            List.of(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK));
    private static final int MOST_ROWS = 20_000;

    private InvoiceCsv() {}

    /** An invoice read from the file, and the placement reference it quotes. */
    public record Read(String placementReference, Invoice invoice, long firstRow) {}

    /** @param problems by row and column, in words */
    public record Result(List<Read> invoices, List<String> problems) {}

    public static Result read(Reader file) throws IOException {
        List<String> problems = new ArrayList<>();
        Map<String, Builder> invoices = new LinkedHashMap<>();
        try (CSVParser parser = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setTrim(true)
                .setIgnoreEmptyLines(true)
                .get()
                .parse(file)) {
            List<String> missing = COLUMNS.stream()
                    .filter(column -> !parser.getHeaderMap().containsKey(column))
                    .toList();
            if (!missing.isEmpty()) {
                return new Result(
                        List.of(),
                        List.of("Row 1: the header has no column " + String.join(", ", missing) + "; the columns are "
                                + String.join(", ", COLUMNS)));
            }
            for (CSVRecord record : parser) {
                long row = record.getRecordNumber() + 1;
                if (row > MOST_ROWS + 1) {
                    problems.add(
                            "Row " + row + ": a file holds at most " + MOST_ROWS + " lines; send the rest in another");
                    break;
                }
                line(record, row, invoices, problems);
            }
        } catch (IllegalArgumentException | java.io.UncheckedIOException notCsv) {
            return new Result(List.of(), List.of("The file is not CSV with the columns " + String.join(", ", COLUMNS)));
        }
        if (invoices.isEmpty() && problems.isEmpty()) {
            problems.add("The file has no lines under its header");
        }
        if (!problems.isEmpty()) {
            return new Result(List.of(), problems);
        }
        return new Result(
                invoices.values().stream()
                        .map(builder -> new Read(
                                builder.reference,
                                Invoice.of(builder.number, builder.from, builder.to, builder.lines),
                                builder.firstRow))
                        .toList(),
                List.of());
    }

    private static final class Builder {
        private final String number;
        private final String reference;
        private final LocalDate from;
        private final LocalDate to;
        private final long firstRow;
        private final List<Invoice.Line> lines = new ArrayList<>();

        Builder(String number, String reference, LocalDate from, LocalDate to, long firstRow) {
            this.number = number;
            this.reference = reference;
            this.from = from;
            this.to = to;
            this.firstRow = firstRow;
        }
    }

    private static void line(CSVRecord record, long row, Map<String, Builder> invoices, List<String> problems) {
        int before = problems.size();
        String number = needed(record, row, "invoice_number", problems);
        String reference = needed(record, row, "placement_reference", problems);
        LocalDate from = date(record, row, "period_from", problems);
        LocalDate to = date(record, row, "period_to", problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add("Row " + row + ", column period_to: the period ends before it starts");
        }
        String item = value(record, "item").toUpperCase(Locale.UK).replace(' ', '_');
        Invoice.Line line = null;
        if (ONE_OFF.equals(item)) {
            String description = needed(record, row, "description", problems);
            Money amount = pounds(record, row, "amount", problems);
            if (amount != null && description != null) {
                line = Invoice.Line.oneOff(description, amount);
            }
        } else {
            Optional<PriceItem> priceItem = item(item);
            if (priceItem.isEmpty()) {
                problems.add("Row " + row + ", column item: '" + shortened(value(record, "item")) + "' is not one of "
                        + String.join(
                                ", ",
                                List.of(PriceItem.values()).stream()
                                        .map(Enum::name)
                                        .toList()) + " or " + ONE_OFF);
            }
            Optional<Integer> days = Typed.wholeNumber(value(record, "days"), 1, 366);
            if (days.isEmpty()) {
                problems.add("Row " + row + ", column days: enter the days invoiced, from 1 to 366");
            }
            Money rate = pounds(record, row, "daily_rate", problems);
            Money amount = pounds(record, row, "amount", problems);
            Money vat = value(record, "vat").isEmpty() ? Money.ZERO : pounds(record, row, "vat", problems);
            if (priceItem.isPresent() && days.isPresent() && rate != null && amount != null && vat != null) {
                String description =
                        value(record, "description").isEmpty() ? priceItem.get().words() : value(record, "description");
                line = new Invoice.Line(priceItem.get(), description, days.get(), rate, amount, vat);
            }
        }
        if (problems.size() > before || line == null) {
            return;
        }
        Builder invoice = invoices.computeIfAbsent(number, key -> new Builder(number, reference, from, to, row));
        if (!invoice.reference.equals(reference) || !invoice.from.equals(from) || !invoice.to.equals(to)) {
            problems.add("Row " + row + ": invoice " + number + " has another placement reference or period on row "
                    + invoice.firstRow + "; every line of an invoice has the same ones");
            return;
        }
        invoice.lines.add(line);
    }

    private static Optional<PriceItem> item(String item) {
        for (PriceItem each : PriceItem.values()) {
            if (each.name().equals(item)
                    || each.words().toUpperCase(Locale.UK).replace(' ', '_').equals(item)) {
                return Optional.of(each);
            }
        }
        return Optional.empty();
    }

    private static String needed(CSVRecord record, long row, String column, List<String> problems) {
        String value = value(record, column);
        if (value.isEmpty() || value.length() > 200) {
            problems.add("Row " + row + ", column " + column + ": enter it, in at most 200 characters");
            return null;
        }
        return value;
    }

    private static LocalDate date(CSVRecord record, long row, String column, List<String> problems) {
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(value(record, column), format);
            } catch (DateTimeParseException notThis) {
                // the next format
            }
        }
        problems.add("Row " + row + ", column " + column + ": '" + shortened(value(record, column))
                + "' is not a date such as 2026-10-05 or 5/10/2026");
        return null;
    }

    private static Money pounds(CSVRecord record, long row, String column, List<String> problems) {
        Optional<BigDecimal> pounds = Typed.pounds(value(record, column));
        if (pounds.isEmpty()) {
            problems.add("Row " + row + ", column " + column + ": '" + shortened(value(record, column))
                    + "' is not an amount in pounds such as 128.57");
            return null;
        }
        return Money.of(pounds.get());
    }

    /** The row's value in the column; a short row has nothing in the columns it leaves out. */
    private static String value(CSVRecord record, String column) {
        return record.isSet(column) ? record.get(column) : "";
    }

    private static String shortened(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
