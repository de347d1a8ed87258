package uk.placementbroker.insight.ssda903;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A council's 903 return as a folder of CSV files named by table ({@code header.csv},
 * {@code episodes.csv} …), read into {@link ReturnContents} with every problem found.
 */
public final class ReturnDirectory {

    private final TableReader reader = new TableReader(Specification.bundled());
    private final int problemLimit;

    public ReturnDirectory() {
        this(Problems.DEFAULT_LIMIT);
    }

    /** @param problemLimit how many problems of each kind (fatal, warning) to keep for showing */
    public ReturnDirectory(int problemLimit) {
        this.problemLimit = problemLimit;
    }

    public record Result(ReturnContents contents, Problems problems) {}

    public Result read(Path directory, int year, boolean repairOverlaps) {
        Problems problems = new Problems(problemLimit);
        ReturnContents contents = new ReturnContents();
        Set<Table> found = EnumSet.noneOf(Table.class);
        for (Path file : csvFiles(directory)) {
            String name = file.getFileName().toString();
            Optional<Table> table = Table.byFileName(name);
            if (table.isEmpty()) {
                problems.warning(name, 0, null, "is not one of the 903 tables and was ignored");
                continue;
            }
            found.add(table.get());
            try (Reader csv = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                reader.read(table.get(), name, csv, year, problems, row -> {
                    if (row.table() != Table.EPISODES || ReturnContents.checkEpisodeRow(name, row, problems)) {
                        contents.add(name, row);
                    }
                });
            } catch (IOException e) {
                problems.fatal(name, 0, null, "could not be read: " + e.getMessage());
            }
        }
        for (Table required : List.of(Table.HEADER, Table.EPISODES)) {
            if (!found.contains(required)) {
                problems.fatal(required.fileName(), 0, null, "is missing: a return needs its " + required.specificationName() + " table");
            }
        }
        contents.check(problems, repairOverlaps);
        return new Result(contents, problems);
    }

    private static List<Path> csvFiles(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().toLowerCase().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + directory, e);
        }
    }
}
