package uk.placementbroker.insight.ssda903;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a council's 903 return from its CSV files, one row at a time (each file named by its table:
 * {@code header.csv}, {@code episodes.csv} …), or from the DfE's XML form of it; every good row goes to {@link ReturnContents}
 * (for the checks that need a child's whole history) and to the caller's {@link RowSink} (to save it);
 * every problem is collected.
 */
public final class ReturnReader {

    /** One file of a return: its name (which says its table) and how to read it. */
    public interface Source {
        String name();

        Reader open() throws IOException;
    }

    /** Where each good row goes as it is read, such as a database batch. */
    @FunctionalInterface
    public interface RowSink {
        void accept(String file, TableReader.Row row);
    }

    public record Result(ReturnContents contents, Problems problems) {}

    /**
     * What {@link #readRows} found: the row-by-row problems, and which file held each table (so that the checks
     * of each child's whole history, made later on the rows kept, can name the file).
     */
    public record Rows(Problems problems, Map<Table, String> fileOfTable) {}

    private final TableReader reader = new TableReader(Specification.bundled());
    private final XmlReturnReader xmlReader = new XmlReturnReader(reader);
    private final int problemLimit;
    private final java.util.function.Consumer<Problem> everyProblem;

    public ReturnReader() {
        this(Problems.DEFAULT_LIMIT);
    }

    /** @param problemLimit how many problems of each kind (fatal, warning) to keep for showing */
    public ReturnReader(int problemLimit) {
        this(problemLimit, problem -> {});
    }

    /** @param everyProblem told of every problem as it is found, however many there are */
    public ReturnReader(int problemLimit, java.util.function.Consumer<Problem> everyProblem) {
        this.problemLimit = problemLimit;
        this.everyProblem = everyProblem;
    }

    public Result read(Path directory, int year, boolean repairOverlaps) {
        return read(csvFiles(directory), year, repairOverlaps, (file, row) -> {});
    }

    /** Reads and checks every row, keeping the whole return in memory, then checks each child's history. */
    public Result read(List<Source> files, int year, boolean repairOverlaps, RowSink sink) {
        ReturnContents contents = new ReturnContents();
        Rows rows = readRows(files, year, (file, row) -> {
            contents.add(file, row);
            sink.accept(file, row);
        });
        contents.check(rows.problems(), repairOverlaps);
        return new Result(contents, rows.problems());
    }

    /**
     * Reads and checks every row, a row at a time, keeping none: each good row goes to {@code sink}. The checks of
     * each child's whole history ({@link ReturnContents#check}) are left to the caller, who keeps the rows.
     */
    public Rows readRows(List<Source> files, int year, RowSink sink) {
        Problems problems = new Problems(problemLimit, everyProblem);
        Map<Table, String> fileOfTable = new EnumMap<>(Table.class);
        Set<Table> found = EnumSet.noneOf(Table.class);
        for (Source file : files) {
            String name = file.name();
            if (name.toLowerCase(Locale.ROOT).endsWith(".xml")) {
                try (Reader xml = file.open()) {
                    Set<Table> held =
                            xmlReader.read(name, xml, year, problems, row -> accept(name, row, sink, problems));
                    for (Table table : held) {
                        fileOfTable.putIfAbsent(table, name);
                        if (!found.add(table)) {
                            problems.fatal(
                                    name,
                                    0,
                                    null,
                                    "holds a second " + table.specificationName() + " table: send each table once");
                        }
                    }
                } catch (IOException e) {
                    problems.fatal(name, 0, null, "could not be read: " + e.getMessage());
                }
                continue;
            }
            Optional<Table> table = Table.byFileName(name);
            if (table.isEmpty()) {
                problems.warning(name, 0, null, "is not one of the 903 tables and was ignored");
                continue;
            }
            if (!found.add(table.get())) {
                problems.fatal(
                        name,
                        0,
                        null,
                        "is a second " + table.get().specificationName() + " table: send each table once");
                continue;
            }
            fileOfTable.put(table.get(), name);
            try (Reader csv = file.open()) {
                reader.read(table.get(), name, csv, year, problems, row -> accept(name, row, sink, problems));
            } catch (IOException e) {
                problems.fatal(name, 0, null, "could not be read: " + e.getMessage());
            }
        }
        for (Table required : List.of(Table.HEADER, Table.EPISODES)) {
            if (!found.contains(required)) {
                problems.fatal(
                        required.fileName(),
                        0,
                        null,
                        "is missing: a return needs its " + required.specificationName() + " table");
            }
        }
        return new Rows(problems, fileOfTable);
    }

    private static void accept(String file, TableReader.Row row, RowSink sink, Problems problems) {
        if (row.table() != Table.EPISODES || ReturnContents.checkEpisodeRow(file, row, problems)) {
            sink.accept(file, row);
        }
    }

    private static List<Source> csvFiles(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName()
                            .toString()
                            .toLowerCase(Locale.ROOT)
                            .matches(".*\\.(csv|xml)"))
                    .sorted()
                    .map(ReturnReader::source)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + directory, e);
        }
    }

    private static Source source(Path file) {
        return new Source() {
            @Override
            public String name() {
                return file.getFileName().toString();
            }

            @Override
            public Reader open() throws IOException {
                return Files.newBufferedReader(file, StandardCharsets.UTF_8);
            }
        };
    }
}
