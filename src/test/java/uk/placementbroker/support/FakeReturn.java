package uk.placementbroker.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The fake 903 return from data-to-insight/csc-validator-be-903 (MIT, Social Finance Digital Labs
 * 2021), in {@code ../shared/data}: random data in the real shape, for finding problems. Its
 * {@code placed_for_adoption_errors.csv} is a second, deliberately broken PlacedAdoption table that is
 * not part of the return.
 */
public final class FakeReturn {

    public static final Path FAKE_DATA =
            Paths.get("..", "shared", "data", "ssda903", "csc-validator-be-903", "tests", "fake_data");

    /** A copy of the fake return in {@code directory}, to change as a test needs. */
    public static Path copyTo(Path directory) {
        try (Stream<Path> files = Files.list(FAKE_DATA)) {
            for (Path file :
                    files.filter(file -> file.toString().endsWith(".csv")).toList()) {
                if (!file.getFileName().toString().equals("placed_for_adoption_errors.csv")) {
                    Files.copy(file, directory.resolve(file.getFileName()));
                }
            }
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Changes one row of a CSV file, numbered as a spreadsheet numbers it (the column names are row 1). */
    public static void editRow(Path file, int row, UnaryOperator<String> edit) {
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(file));
            lines.set(row - 1, edit.apply(lines.get(row - 1)));
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String row(Path file, int row) {
        try {
            return Files.readAllLines(file).get(row - 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
