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
              --council-area CODES           the council's own area, as postcode districts or areas separated by
                                             commas (such as NN1,NN2,MK or NN): placements there are "in area";
                                             without it, in area is not known. Distances from home use the
                                             postcode-district centres shipped with the product (ONS, May 2025).
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
        java.util.Set<String> councilArea = java.util.Set.of();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--year" -> {
                    if (i + 1 >= args.length || !args[i + 1].matches("\\d{4}")) {
                        return usage(err, "--year needs a year such as 2024");
                    }
                    year = Integer.parseInt(args[++i]);
                }
                case "--council-area" -> {
                    if (i + 1 >= args.length || args[i + 1].isBlank()) {
                        return usage(err, "--council-area needs postcode districts or areas, such as NN1,NN2,MK");
                    }
                    councilArea = java.util.Arrays.stream(args[++i].split(","))
                            .map(code -> code.strip().toUpperCase(java.util.Locale.UK))
                            .filter(code -> !code.isEmpty())
                            .collect(java.util.stream.Collectors.toSet());
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
        StabilityTally tally = new StabilityTally(new StabilityYear(year, settings), places(councilArea));
        read.contents().histories(settings).forEach(tally::add);
        out.println(JsonMapper.builder()
                .build()
                .writerWithDefaultPrettyPrinter()
                .writeValueAsString(json(tally.results())));
        return 0;
    }

    /** Where postcodes are, from the shipped district centres, and whether each is in the council's area when given. */
    static uk.placementbroker.insight.indicators.PlacementPlaces places(java.util.Set<String> councilArea) {
        return new uk.placementbroker.insight.indicators.PlacementPlaces() {
            @Override
            public java.util.Optional<uk.placementbroker.shared.GeoPoint> centre(String postcode) {
                return uk.placementbroker.shared.OutwardCodeCentres.centre(postcode);
            }

            @Override
            public java.util.Optional<Boolean> inCouncilArea(String postcode) {
                if (councilArea.isEmpty() || postcode == null || postcode.isBlank()) {
                    return java.util.Optional.empty();
                }
                String district = uk.placementbroker.shared.Postcode.parse(postcode)
                        .map(uk.placementbroker.shared.Postcode::outwardCode)
                        .orElse(postcode.strip().toUpperCase(java.util.Locale.UK));
                String area = district.replaceAll("\\d.*", "");
                return java.util.Optional.of(councilArea.contains(district) || councilArea.contains(area));
            }
        };
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
