package uk.placementbroker.insight.ssda903;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import uk.placementbroker.insight.indicators.IndicatorSettings;
import uk.placementbroker.insight.indicators.MeasureResult;
import uk.placementbroker.insight.indicators.StabilityTally;
import uk.placementbroker.insight.indicators.StabilityYear;

/**
 * {@code scripts/indicators --year 2024 DIR}: every stability measure of a 903 return kept in a
 * folder, as JSON on standard output, with no database or server. The same code the pages use.
 */
public final class IndicatorsCommand {

    static final String USAGE = """
            Usage: scripts/indicators --year YEAR [options] DIR

            Computes every stability measure from the 903 CSV files in DIR (header.csv, episodes.csv,
            uasc.csv ...) for the year ending 31 March YEAR, and prints them as JSON: one object per
            measure and cut (measure, year, cut, category, numerator, denominator, percent).
            Files may carry a YEAR column to hold several years; the latest year's copy of an episode wins.

            Options:
              --repair-overlaps              end an episode that overlaps the next on the day the next starts,
                                             with a warning, instead of refusing the return
              --count-temporary-placements   count temporary placements (PLACE T0-T4) and the return from them
              --include-short-breaks         keep children on V3 or V4 on 31 March in the measures
            """;

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Integer year = null;
        Path directory = null;
        boolean repairOverlaps = false;
        boolean countTemporary = IndicatorSettings.DFE.countTemporaryPlacements();
        boolean excludeShortBreaks = IndicatorSettings.DFE.excludeShortBreaks();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--year" -> {
                    if (i + 1 >= args.length || !args[i + 1].matches("\\d{4}")) {
                        return usage(err, "--year needs a year such as 2024");
                    }
                    year = Integer.parseInt(args[++i]);
                }
                case "--repair-overlaps" -> repairOverlaps = true;
                case "--count-temporary-placements" -> countTemporary = true;
                case "--include-short-breaks" -> excludeShortBreaks = false;
                case "--help", "-h" -> {
                    out.print(USAGE);
                    return 0;
                }
                default -> {
                    if (args[i].startsWith("--") || directory != null) {
                        return usage(err, "did not understand " + args[i]);
                    }
                    directory = Path.of(args[i]);
                }
            }
        }
        if (year == null || directory == null) {
            return usage(err, year == null ? "say which year with --year" : "say which folder holds the return");
        }
        if (!Files.isDirectory(directory)) {
            return usage(err, directory + " is not a folder");
        }
        ReturnReader.Result read = new ReturnReader().read(directory, year, repairOverlaps);
        read.problems().warnings().forEach(problem -> err.println("warning: " + problem));
        if (read.problems().warningCount() > read.problems().warnings().size()) {
            err.println("... and "
                    + (read.problems().warningCount()
                            - read.problems().warnings().size()) + " more warnings");
        }
        if (read.problems().anyFatal()) {
            read.problems().fatal().forEach(problem -> err.println("error: " + problem));
            err.println("The return was not used: " + read.problems().fatalCount()
                    + " problem(s) must be put right first.");
            return 1;
        }
        IndicatorSettings settings = new IndicatorSettings(countTemporary, excludeShortBreaks);
        StabilityTally tally = new StabilityTally(new StabilityYear(year, settings));
        read.contents().histories(settings).forEach(tally::add);
        out.println(JsonMapper.builder()
                .build()
                .writerWithDefaultPrettyPrinter()
                .writeValueAsString(json(tally.results())));
        return 0;
    }

    static List<Map<String, Object>> json(List<MeasureResult> results) {
        List<Map<String, Object>> rows = new ArrayList<>(results.size());
        for (MeasureResult result : results) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("measure", result.measure().key());
            row.put("year", result.year());
            row.put("cut", result.cut());
            if (result.category() != null) {
                row.put("category", result.category());
            }
            row.put("numerator", result.numerator());
            row.put("denominator", result.denominator());
            row.put("percent", result.percent());
            rows.add(row);
        }
        return rows;
    }

    private static int usage(PrintStream err, String problem) {
        err.println(problem);
        err.println();
        err.print(USAGE);
        return 2;
    }
}
