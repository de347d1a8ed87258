package uk.placementbroker.market.ofsted;

import java.io.IOException;
import java.io.InputStream;
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
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import uk.placementbroker.shared.Need;
import uk.placementbroker.shared.PlacementType;

/**
 * Reads the provider lists Ofsted and the DfE publish (children's homes, social care providers, and
 * the combined and supported-accommodation lists of 2024 on), whichever of their column names a year
 * uses. A sheet is read when it has a URN, a name and a provider type; others (such as registration
 * conditions) are passed over with a warning. Which problems stop the import and which are warnings is
 * in {@code docs/decisions/0013-ofsted-provider-lists.md}.
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

    private final DataFormatter formatter = new DataFormatter(Locale.UK);

    public Result read(InputStream xlsx) {
        List<ProviderListEntry> entries = new ArrayList<>();
        List<ListProblem> problems = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(xlsx)) {
            Map<String, String> seen = new HashMap<>();
            boolean anySheet = false;
            for (Sheet sheet : workbook) {
                Map<Field, Integer> columns = new java.util.EnumMap<>(Field.class);
                Map<Integer, Need> specialisms = new HashMap<>();
                Row header = sheet.getRow(sheet.getFirstRowNum());
                if (header == null) {
                    continue;
                }
                for (Cell cell : header) {
                    String name = text(cell).strip();
                    for (Field field : Field.values()) {
                        if (field.names.stream().anyMatch(name::equalsIgnoreCase)) {
                            columns.putIfAbsent(field, cell.getColumnIndex());
                        }
                    }
                    Need need = SPECIALISM_COLUMNS.get(name.toLowerCase(Locale.ROOT));
                    if (need != null) {
                        specialisms.put(cell.getColumnIndex(), need);
                    }
                }
                if (!columns.containsKey(Field.URN) || !columns.containsKey(Field.PROVIDER_TYPE)) {
                    problems.add(new ListProblem(
                            false,
                            sheet.getSheetName(),
                            0,
                            null,
                            "has no URN and provider type columns, so is not a list of providers: not read"));
                    continue;
                }
                boolean fosteringList = false;
                for (Cell cell : header) {
                    fosteringList |= text(cell).strip().equalsIgnoreCase(FOSTERING_PLACES);
                }
                List<Field> missing = REQUIRED.stream()
                        .filter(field -> !columns.containsKey(field))
                        .toList();
                if (!missing.isEmpty()) {
                    missing.forEach(field -> problems.add(new ListProblem(
                            true,
                            sheet.getSheetName(),
                            1,
                            field.names.get(0),
                            "the column " + field.names.get(0) + " is missing (or named "
                                    + String.join(" or ", field.names) + ")")));
                    continue;
                }
                anySheet = true;
                for (Row row : sheet) {
                    if (row.getRowNum() == header.getRowNum() || isBlank(row)) {
                        continue;
                    }
                    RowReader reader = new RowReader(sheet.getSheetName(), row, columns, problems, fosteringList);
                    reader.entry(specialisms, seen).ifPresent(entries::add);
                }
            }
            if (!anySheet && problems.stream().noneMatch(ListProblem::fatal)) {
                problems.add(new ListProblem(
                        true,
                        "-",
                        0,
                        "URN",
                        "no sheet of the file is a provider list: each needs URN, a name and a provider type"));
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new ListProblem(
                    true,
                    "-",
                    0,
                    null,
                    "could not be read as an Excel workbook (.xlsx): open it in Excel or LibreOffice and save it as an"
                            + " Excel workbook, then import it again"));
        }
        return new Result(entries, problems);
    }

    private boolean isBlank(Row row) {
        for (Cell cell : row) {
            if (!text(cell).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private String text(Cell cell) {
        return cell == null ? "" : formatter.formatCellValue(cell);
    }

    /** Reads one row's fields, adding its problems. */
    private final class RowReader {

        private final String sheet;
        private final Row row;
        private final Map<Field, Integer> columns;
        private final List<ListProblem> problems;
        private final boolean fosteringList;
        private boolean fatal;

        /** @param fosteringList whether the sheet counts fostering places: a provider of a type it does not name is a fostering service */
        RowReader(
                String sheet, Row row, Map<Field, Integer> columns, List<ListProblem> problems, boolean fosteringList) {
            this.sheet = sheet;
            this.row = row;
            this.columns = columns;
            this.problems = problems;
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
                String answer = text(row.getCell(column)).strip().toLowerCase(Locale.ROOT);
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
            return row.getRowNum() + 1;
        }

        private String value(Field field) {
            Integer column = columns.get(field);
            return column == null ? "" : text(row.getCell(column)).strip();
        }

        /**
         * A date cell, a dd/mm/yyyy or ISO date; "-", "na" and "not provided …" are blank. Anything else is
         * fatal in a date that says whether a provider exists (registration), a warning in one that does not (inspection).
         */
        private LocalDate date(Field field, boolean strict) {
            Integer column = columns.get(field);
            if (column == null) {
                return null;
            }
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.NUMERIC) {
                return DateUtil.getLocalDateTime(cell.getNumericCellValue()).toLocalDate();
            }
            String text = text(cell).strip();
            if (blankLike(text)) {
                return null;
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
            problems.add(new ListProblem(true, sheet, number(), header(field), message));
        }

        private void warn(Field field, String message) {
            problems.add(new ListProblem(false, sheet, number(), header(field), message));
        }

        private String header(Field field) {
            Integer column = columns.get(field);
            if (column == null) {
                return field.names.get(0);
            }
            return text(row.getSheet().getRow(row.getSheet().getFirstRowNum()).getCell(column))
                    .strip();
        }
    }
}
