package uk.placementbroker.insight.ssda903;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one 903 table from CSV, a row at a time, checking each value against the year's
 * specification. Rows with a bad value are reported and not passed on; the caller decides, from the
 * problems, whether anything is kept.
 */
public final class TableReader {

    /** Columns a council's file may carry beyond the specification's: the year of a multi-year file, and the council. */
    static final String YEAR = "YEAR";

    static final Set<String> EXTRA_COLUMNS = Set.of(YEAR, "LA");

    /**
     * A row whose values all passed: values by column, in canonical form (dates ISO, blanks null).
     *
     * @param year the row's YEAR where the file has one, else the year being read
     */
    public record Row(Table table, long number, int year, Map<String, String> values) {

        public String get(String column) {
            return values.get(column);
        }
    }

    private final Specification specification;

    public TableReader(Specification specification) {
        this.specification = specification;
    }

    /** Reads the table, giving each good row to {@code rows}, and returns how many rows there were. */
    public long read(Table table, String fileName, Reader csv, int year, Problems problems, Consumer<Row> rows) {
        List<Column> columns = specification.columns(table, year);
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true)
                .setTrim(true)
                .get();
        try (CSVParser parser = CSVParser.parse(csv, format)) {
            Map<String, Integer> positions = positions(parser.getHeaderNames());
            if (!checkColumns(columns, positions, fileName, problems)) {
                return 0;
            }
            long count = 0;
            for (CSVRecord record : parser) {
                count++;
                long rowNumber = record.getRecordNumber() + 1;
                Map<String, String> values = checkedValues(
                        table, columns, fileName, rowNumber, column -> value(record, positions.get(column)), problems);
                boolean good = values != null;
                int rowYear = year;
                if (positions.containsKey(YEAR)) {
                    String value = value(record, positions.get(YEAR));
                    if (!value.matches("\\d{4}")) {
                        problems.fatal(fileName, rowNumber, YEAR, "YEAR " + value + " is not a year such as 2024");
                        good = false;
                    } else {
                        rowYear = Integer.parseInt(value);
                    }
                }
                if (good) {
                    rows.accept(new Row(table, rowNumber, rowYear, values));
                }
            }
            return count;
        } catch (IOException | UncheckedIOException e) {
            problems.fatal(fileName, 0, null, "could not be read as CSV: " + e.getMessage());
            return 0;
        } catch (IllegalArgumentException e) {
            problems.fatal(fileName, 1, null, "has a problem with its column names: " + e.getMessage());
            return 0;
        }
    }

    /**
     * The row's values, each checked against its column; null when any is wrong (each problem reported).
     * An unknown code in a table the measures do not read is kept as given, with a warning.
     */
    Map<String, String> checkedValues(
            Table table,
            List<Column> columns,
            String fileName,
            long rowNumber,
            Function<String, String> raw,
            Problems problems) {
        Map<String, String> values = new LinkedHashMap<>();
        boolean good = true;
        for (Column column : columns) {
            String value = raw.apply(column.name());
            try {
                values.put(column.name(), column.normalise(value));
            } catch (Column.InvalidValue invalid) {
                if (invalid.unknownCode() && !table.measured()) {
                    problems.warning(fileName, rowNumber, column.name(), invalid.getMessage() + ": kept as given");
                    values.put(column.name(), value.strip());
                } else {
                    problems.fatal(fileName, rowNumber, column.name(), invalid.getMessage());
                    good = false;
                }
            }
        }
        return good ? values : null;
    }

    List<Column> columns(Table table, int year) {
        return specification.columns(table, year);
    }

    /** A short row's missing values are blank, so that a required one is reported as such. */
    private static String value(CSVRecord record, int position) {
        return position < record.size() ? record.get(position) : "";
    }

    private static Map<String, Integer> positions(List<String> headerNames) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < headerNames.size(); i++) {
            // A file saved by Excel may start with a byte-order mark.
            String name = headerNames.get(i).replace("\uFEFF", "").strip().toUpperCase(Locale.ROOT);
            positions.putIfAbsent(name, i);
        }
        return positions;
    }

    private static boolean checkColumns(
            List<Column> columns, Map<String, Integer> positions, String fileName, Problems problems) {
        List<String> missing = new ArrayList<>();
        for (Column column : columns) {
            if (!positions.containsKey(column.name())) {
                missing.add(column.name());
            }
        }
        for (String name : missing) {
            problems.fatal(fileName, 1, name, "the column " + name + " is missing");
        }
        positions.keySet().stream()
                .filter(name -> !name.isEmpty()
                        && columns.stream().noneMatch(column -> column.name().equals(name))
                        && !EXTRA_COLUMNS.contains(name))
                .sorted()
                .forEach(name -> problems.warning(
                        fileName,
                        1,
                        name,
                        "the column " + name + " is not in this year's specification and was ignored"));
        return missing.isEmpty();
    }
}
