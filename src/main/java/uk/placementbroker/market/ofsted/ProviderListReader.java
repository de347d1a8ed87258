package uk.placementbroker.market.ofsted;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import uk.placementbroker.shared.Need;
import uk.placementbroker.shared.PlacementType;

/**
 * Reads the provider lists Ofsted and the DfE publish (children's homes, social care providers, and
 * the combined and supported-accommodation lists of 2024 on), whichever of their column names a year
 * uses. A sheet is read when it has a URN, a name and a provider type; others (such as registration
 * conditions) are passed over with a warning. Which problems stop the import and which are warnings is
 * in {@code docs/decisions/0013-ofsted-provider-lists.md}. A list is read as it streams from the file, one
 * row at a time: a national list has a couple of hundred thousand rows.
 */
public final class ProviderListReader {

    /** Each field and the column names that carry it in one list or another. */
    enum Field {
        URN("URN"),
        NAME("Setting Name", "Setting name", "Provider name"),
        PROVIDER_TYPE("Provider Type", "Provision type", "Provider type"),
        SECTOR("Sector"),
        STATUS("Provider Status", "Registration status", "Registration Status"),
        POSTCODE("Setting Address Postcode", "Setting address postcode", "Setting postcode", "Provider postcode"),
        OWNER("Owner Name", "Owner name", "Organisation name"),
        LOCAL_AUTHORITY("Local Authority", "Local authority", "Provider local authority"),
        REGISTRATION_DATE("Registration Date", "Registration date"),
        INSPECTION_DATE("Full Inspection Start Date", "Date of last full inspection"),
        OVERALL(
                "Overall Effectiveness", "Latest overall Effectiveness grade from last full inspection",
                "Latest overall effectiveness grade from last full inspection", "Overall effectiveness"),
        SAFETY("CYP Safety", "CYP safety"),
        LEADERSHIP("Leadership and Management", "Leadership and management"),
        PLACES("Max Users", "Maximum fostering places", "Number of registered places", "Capacity"),
        PLACEMENT_CODE("Placement code", "Placement Code");

        final List<String> names;

        Field(String... names) {
            this.names = List.of(names);
        }
    }

    private static final Set<Field> REQUIRED = EnumSet.of(Field.URN, Field.NAME, Field.PROVIDER_TYPE);
    private static final String FOSTERING_PLACES = "maximum fostering places";
    private static final Map<String, Need> SPECIALISM_COLUMNS = Map.of(
            "emotional and behavioural difficulties", Need.EMOTIONAL_AND_BEHAVIOURAL,
            "mental disorders", Need.MENTAL_HEALTH,
            "sensory impairment", Need.SENSORY_IMPAIRMENT,
            "present alcohol problems", Need.SUBSTANCE_MISUSE,
            "present drug problems", Need.SUBSTANCE_MISUSE,
            "learning difficulty", Need.LEARNING_DIFFICULTY,
            "physical disabilities", Need.PHYSICAL_DISABILITY);
    private static final DateTimeFormatter DAY_MONTH_YEAR =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** What a list held, and what was wrong with it. */
    public record Result(List<ProviderListEntry> entries, List<ListProblem> problems) {

        public boolean anyFatal() {
            return problems.stream().anyMatch(ListProblem::fatal);
        }

        public List<ListProblem> fatal() {
            return problems.stream().filter(ListProblem::fatal).toList();
        }

        public List<ListProblem> warnings() {
            return problems.stream().filter(problem -> !problem.fatal()).toList();
        }
    }

    /** Where what is read goes, as it is read. */
    public interface Sink {
        void entry(ProviderListEntry entry);

        void problem(ListProblem problem);
    }

    /** Reads a list small enough to hold, entries and problems, from a stream: for tests and tools. */
    public Result read(InputStream xlsx) {
        List<ProviderListEntry> entries = new ArrayList<>();
        List<ListProblem> problems = new ArrayList<>();
        Sink collect = new Sink() {
            @Override
            public void entry(ProviderListEntry entry) {
                entries.add(entry);
            }

            @Override
            public void problem(ListProblem problem) {
                problems.add(problem);
            }
        };
        try (OPCPackage workbook = OPCPackage.open(xlsx)) {
            read(workbook, collect);
        } catch (IOException | RuntimeException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            collect.problem(unreadable());
        }
        return new Result(entries, problems);
    }

    /**
     * Reads the list in the file, telling {@code sink} of each entry and problem as it comes to it; the file is
     * read in place, never held in memory. Whatever {@code sink} throws is thrown on.
     */
    public void read(Path xlsx, Sink sink) {
        try (OPCPackage workbook = OPCPackage.open(xlsx.toFile(), PackageAccess.READ)) {
            read(workbook, sink);
        } catch (SinkFailed failed) {
            throw failed.getCause();
        } catch (IOException | RuntimeException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            sink.problem(unreadable());
        }
    }

    private static ListProblem unreadable() {
        return new ListProblem(
                true,
                "-",
                0,
                null,
                "could not be read as an Excel workbook (.xlsx): open it in Excel or LibreOffice and save it as an"
                        + " Excel workbook, then import it again");
    }

    /** What a {@link Sink} threw, carried past the handling of a file that cannot be read. */
    private static final class SinkFailed extends RuntimeException {
        SinkFailed(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }

    private void read(OPCPackage workbook, Sink sink) throws IOException {
        boolean[] anyFatal = {false};
        Sink guarded = new Sink() {
            @Override
            public void entry(ProviderListEntry entry) {
                try {
                    sink.entry(entry);
                } catch (RuntimeException e) {
                    throw new SinkFailed(e);
                }
            }

            @Override
            public void problem(ListProblem problem) {
                anyFatal[0] |= problem.fatal();
                try {
                    sink.problem(problem);
                } catch (RuntimeException e) {
                    throw new SinkFailed(e);
                }
            }
        };
        try {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
            Map<String, String> seen = new HashMap<>();
            boolean anySheet = false;
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheetXml = sheets.next()) {
                    SheetRows rows = new SheetRows(sheets.getSheetName(), guarded, seen);
                    XMLReader parser = SAXHelper.newXMLReader();
                    parser.setContentHandler(
                            new XSSFSheetXMLHandler(reader.getStylesTable(), strings, rows, new IsoDates(), false));
                    parser.parse(new InputSource(sheetXml));
                    anySheet |= rows.isProviderList();
                }
            }
            if (!anySheet && !anyFatal[0]) {
                guarded.problem(new ListProblem(
                        true,
                        "-",
                        0,
                        "URN",
                        "no sheet of the file is a provider list: each needs URN, a name and a provider type"));
            }
        } catch (org.apache.poi.openxml4j.exceptions.OpenXML4JException
                | org.xml.sax.SAXException
                | javax.xml.parsers.ParserConfigurationException e) {
            throw new IOException(e);
        }
    }

    /** Formats cells as Excel shows them, but a date as an ISO date, whatever the cell's date format. */
    private static final class IsoDates extends DataFormatter {

        IsoDates() {
            super(Locale.UK);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }

    /**
     * One sheet's rows as they stream past: the first names the columns; a sheet without URN and provider
     * type columns is passed over, one without a required column is a fatal problem.
     */
    private final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final String sheet;
        private final Sink sink;
        private final Map<String, String> seen;
        private final Map<Integer, String> cells = new HashMap<>();
        private final Map<Field, Integer> columns = new java.util.EnumMap<>(Field.class);
        private final Map<Integer, Need> specialisms = new HashMap<>();
        private Map<Integer, String> header;
        private boolean fosteringList;
        private boolean providerList;
        private boolean passedOver;

        SheetRows(String sheet, Sink sink, Map<String, String> seen) {
            this.sheet = sheet;
            this.sink = sink;
            this.seen = seen;
        }

        boolean isProviderList() {
            return providerList;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            if (reference != null && formattedValue != null) {
                cells.put((int) new CellReference(reference).getCol(), formattedValue);
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (passedOver) {
                return;
            }
            if (header == null) {
                header = Map.copyOf(cells);
                readHeader();
                return;
            }
            if (cells.values().stream().allMatch(String::isBlank)) {
                return;
            }
            new RowReader(sheet, rowNum + 1, cells, header, columns, sink, fosteringList)
                    .entry(specialisms, seen)
                    .ifPresent(sink::entry);
        }

        private void readHeader() {
            header.forEach((column, text) -> {
                String name = text.strip();
                for (Field field : Field.values()) {
                    if (field.names.stream().anyMatch(name::equalsIgnoreCase)) {
                        columns.merge(field, column, Math::min);
                    }
                }
                Need need = SPECIALISM_COLUMNS.get(name.toLowerCase(Locale.ROOT));
                if (need != null) {
                    specialisms.put(column, need);
                }
                fosteringList |= name.equalsIgnoreCase(FOSTERING_PLACES);
            });
            if (!columns.containsKey(Field.URN) || !columns.containsKey(Field.PROVIDER_TYPE)) {
                passedOver = true;
                sink.problem(new ListProblem(
                        false,
                        sheet,
                        0,
                        null,
                        "has no URN and provider type columns, so is not a list of providers: not read"));
                return;
            }
            List<Field> missing = REQUIRED.stream()
                    .filter(field -> !columns.containsKey(field))
                    .toList();
            if (!missing.isEmpty()) {
                passedOver = true;
                missing.forEach(field -> sink.problem(new ListProblem(
                        true,
                        sheet,
                        1,
                        field.names.get(0),
                        "the column " + field.names.get(0) + " is missing (or named " + String.join(" or ", field.names)
                                + ")")));
                return;
            }
            providerList = true;
        }
    }

    /** Reads one row's fields, telling its problems. */
    private static final class RowReader {

        private final String sheet;
        private final int number;
        private final Map<Integer, String> cells;
        private final Map<Integer, String> header;
        private final Map<Field, Integer> columns;
        private final Sink sink;
        private final boolean fosteringList;
        private boolean fatal;

        /**
         * @param number the row as the spreadsheet numbers it
         * @param fosteringList whether the sheet counts fostering places: a provider of a type it does not name is a fostering service
         */
        RowReader(
                String sheet,
                int number,
                Map<Integer, String> cells,
                Map<Integer, String> header,
                Map<Field, Integer> columns,
                Sink sink,
                boolean fosteringList) {
            this.sheet = sheet;
            this.number = number;
            this.cells = cells;
            this.header = header;
            this.columns = columns;
            this.sink = sink;
            this.fosteringList = fosteringList;
        }

        java.util.Optional<ProviderListEntry> entry(Map<Integer, Need> specialismColumns, Map<String, String> seen) {
            String urn = value(Field.URN);
            if (urn.isEmpty()) {
                fatal(Field.URN, "the URN is blank: every provider has one");
                return java.util.Optional.empty();
            }
            String where = sheet + " row " + number();
            String earlier = seen.putIfAbsent(urn, where);
            if (earlier != null) {
                fatal(Field.URN, "the URN " + urn + " is also on " + earlier);
            }
            String name = value(Field.NAME);
            String type = value(Field.PROVIDER_TYPE);
            String sector = value(Field.SECTOR);
            String codes = value(Field.PLACEMENT_CODE).toUpperCase(Locale.ROOT);
            date(Field.REGISTRATION_DATE, true);
            LocalDate inspected = date(Field.INSPECTION_DATE, false);
            Integer overall = grade(Field.OVERALL);
            Integer safety = grade(Field.SAFETY);
            Integer leadership = grade(Field.LEADERSHIP);
            Integer places = places();
            String status = status();
            Set<Need> specialisms = EnumSet.noneOf(Need.class);
            specialismColumns.forEach((column, need) -> {
                String answer = cells.getOrDefault(column, "").strip().toLowerCase(Locale.ROOT);
                if (answer.equals("yes") || answer.equals("y") || answer.equals("1") || answer.equals("true")) {
                    specialisms.add(need);
                }
            });
            if (fatal) {
                return java.util.Optional.empty();
            }
            String lowerType = type.toLowerCase(Locale.ROOT);
            ProviderListEntry.Kind kind;
            PlacementType placement = null;
            if (lowerType.contains("adoption")) {
                warn(
                        Field.PROVIDER_TYPE,
                        type + " is an adoption agency, which is not a placement the market directory holds: not read");
                return java.util.Optional.empty();
            } else if (lowerType.contains("fostering")
                    || codes.matches("(U[1-6][, ]*)+")
                    || (fosteringList
                            && !lowerType.contains("home")
                            && !lowerType.contains("school")
                            && !lowerType.contains("supported"))) {
                kind = sector.toLowerCase(Locale.ROOT).contains("local authority")
                                || lowerType.contains("local authority")
                        ? ProviderListEntry.Kind.LOCAL_AUTHORITY_FOSTERING
                        : ProviderListEntry.Kind.INDEPENDENT_FOSTERING_AGENCY;
            } else {
                kind = ProviderListEntry.Kind.SETTING;
                placement = lowerType.contains("supported acc") || codes.contains("H5")
                        ? PlacementType.SUPPORTED_ACCOMMODATION
                        : lowerType.contains("school") || codes.contains("S1")
                                ? PlacementType.SEND_RESIDENTIAL_SCHOOL
                                : lowerType.contains("parent") || codes.contains("R3")
                                        ? PlacementType.PARENT_AND_CHILD
                                        : lowerType.contains("home")
                                                        || lowerType.contains("secure")
                                                        || codes.contains("K2")
                                                        || codes.contains("K1")
                                                ? PlacementType.RESIDENTIAL
                                                : null;
                if (placement == null) {
                    warn(
                            Field.PROVIDER_TYPE,
                            "the provider type " + (type.isEmpty() ? "(blank)" : type)
                                    + " and placement code do not say what placement it offers: not read");
                    return java.util.Optional.empty();
                }
            }
            String owner = value(Field.OWNER);
            return java.util.Optional.of(new ProviderListEntry(
                    sheet,
                    number(),
                    urn,
                    name.isEmpty() ? urn : name,
                    kind,
                    placement,
                    owner.isEmpty() ? name : owner,
                    status,
                    value(Field.POSTCODE),
                    inspected,
                    overall,
                    safety,
                    leadership,
                    places,
                    specialisms,
                    value(Field.LOCAL_AUTHORITY)));
        }

        private int number() {
            return number;
        }

        private String value(Field field) {
            Integer column = columns.get(field);
            return column == null ? "" : cells.getOrDefault(column, "").strip();
        }

        /**
         * A date cell (which reaches here as an ISO date), a dd/mm/yyyy or ISO date, or a bare Excel day number;
         * "-", "na" and "not provided …" are blank. Anything else is
         * fatal in a date that says whether a provider exists (registration), a warning in one that does not (inspection).
         */
        private LocalDate date(Field field, boolean strict) {
            if (!columns.containsKey(field)) {
                return null;
            }
            String text = value(field);
            if (blankLike(text)) {
                return null;
            }
            if (text.matches("\\d{1,6}(\\.\\d+)?") && DateUtil.isValidExcelDate(Double.parseDouble(text))) {
                return DateUtil.getLocalDateTime(Double.parseDouble(text)).toLocalDate();
            }
            try {
                return text.matches("\\d{4}-\\d{2}-\\d{2}.*")
                        ? LocalDate.parse(text.substring(0, 10))
                        : LocalDate.parse(text, DAY_MONTH_YEAR);
            } catch (DateTimeParseException e) {
                if (strict) {
                    fatal(field, text + " is not a date");
                } else {
                    warn(field, text + " is not a date: taken as not known");
                }
                return null;
            }
        }

        /** Ofsted's 1 to 4, or its words; anything else is not a grade, with a warning. */
        private Integer grade(Field field) {
            String text = value(field).toLowerCase(Locale.ROOT);
            if (blankLike(text)) {
                return null;
            }
            Integer grade = switch (text) {
                case "1", "outstanding" -> 1;
                case "2", "good" -> 2;
                case "3", "requires improvement", "requires improvement to be good" -> 3;
                case "4", "inadequate" -> 4;
                default -> null;
            };
            if (grade == null) {
                warn(field, value(field) + " is not one of Ofsted's grades: taken as not known");
            }
            return grade;
        }

        private Integer places() {
            String text = value(Field.PLACES);
            if (blankLike(text)) {
                return null;
            }
            try {
                return Integer.valueOf(text.replace(",", ""));
            } catch (NumberFormatException e) {
                warn(Field.PLACES, text + " is not a number of places: taken as not known");
                return null;
            }
        }

        /** Active or registered settings take children; an unknown status is treated as not active, to be safe. */
        private String status() {
            String text = value(Field.STATUS).toLowerCase(Locale.ROOT);
            return switch (text) {
                case "active", "registered", "" -> "ACTIVE";
                case "suspended" -> "SUSPENDED";
                case "resigned" -> "RESIGNED";
                case "closed", "cancelled", "deregistered" -> "CANCELLED";
                default -> {
                    warn(Field.STATUS, value(Field.STATUS) + " is not a registration status: taken as not active");
                    yield "SUSPENDED";
                }
            };
        }

        private boolean blankLike(String text) {
            String lower = text.toLowerCase(Locale.ROOT);
            return lower.isBlank()
                    || lower.equals("-")
                    || lower.equals("na")
                    || lower.equals("n/a")
                    || lower.startsWith("not provided");
        }

        private void fatal(Field field, String message) {
            fatal = true;
            sink.problem(new ListProblem(true, sheet, number(), header(field), message));
        }

        private void warn(Field field, String message) {
            sink.problem(new ListProblem(false, sheet, number(), header(field), message));
        }

        private String header(Field field) {
            Integer column = columns.get(field);
            return column == null ? field.names.get(0) : header.get(column).strip();
        }
    }
}
