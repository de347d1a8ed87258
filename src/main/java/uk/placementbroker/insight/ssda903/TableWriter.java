package uk.placementbroker.insight.ssda903;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a 903 table as the DfE expects it: the year's columns in the specification's order, dates as
 * dd/mm/yyyy, blanks empty. What {@link TableReader} reads back unchanged.
 */
public final class TableWriter {

    private static final DateTimeFormatter DFE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Specification specification;

    public TableWriter(Specification specification) {
        this.specification = specification;
    }

    /** A writer of one table: give it each row's values (in canonical form, as {@link TableReader.Row} holds them). */
    public RowPrinter open(Table table, int year, Writer out) {
        List<Column> columns = specification.columns(table, year);
        try {
            CSVPrinter printer = new CSVPrinter(
                    out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
            printer.printRecord(columns.stream().map(Column::name).toList());
            return new RowPrinter(columns, printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static final class RowPrinter {

        private final List<Column> columns;
        private final CSVPrinter printer;

        private RowPrinter(List<Column> columns, CSVPrinter printer) {
            this.columns = columns;
            this.printer = printer;
        }

        public void print(Map<String, String> values) {
            try {
                for (Column column : columns) {
                    String value = values.get(column.name());
                    printer.print(
                            value == null
                                    ? ""
                                    : column.kind() == Column.Kind.DATE
                                            ? DFE_DATE.format(LocalDate.parse(value))
                                            : value);
                }
                printer.println();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public void flush() {
            try {
                printer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
