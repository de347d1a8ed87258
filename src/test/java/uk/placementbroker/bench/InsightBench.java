package uk.placementbroker.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.placementbroker.insight.indicators.IndicatorSettings;
import uk.placementbroker.insight.indicators.StabilityTally;
import uk.placementbroker.insight.indicators.StabilityYear;
import uk.placementbroker.insight.ssda903.ReturnReader;

/**
 * {@code scripts/bench insight}: a national-size synthetic 903 return (110,000 children, ten years of
 * episodes) read and checked from CSV, then every stability measure of the last year cut by every
 * care group, in a heap of 1 GiB. Records the whole run's time (p50, p99 over the runs) and the heap
 * the read return occupies.
 */
public final class InsightBench {

    private static final int CHILDREN = 110_000;
    private static final int YEAR = 2024;
    private static final int WARM_UP_RUNS = 1;
    private static final int MEASURED_RUNS = 5;

    public static void main(String[] args) throws IOException {
        Path directory = Files.createTempDirectory("synthetic-903");
        SyntheticReturn.Size size = SyntheticReturn.write(directory, CHILDREN, YEAR, 20_261_126L);
        System.out.printf(
                "Synthetic return: %,d children, %,d episodes in %s%n", size.children(), size.episodes(), directory);
        List<Double> seconds = new ArrayList<>();
        List<Double> readSeconds = new ArrayList<>();
        long liveHeapAfterRead = 0;
        for (int run = 0; run < WARM_UP_RUNS + MEASURED_RUNS; run++) {
            long started = System.nanoTime();
            ReturnReader.Result read = new ReturnReader().read(directory, YEAR, false);
            if (read.problems().anyFatal()) {
                throw new IllegalStateException(
                        "The synthetic return has problems: " + read.problems().fatal());
            }
            long readDone = System.nanoTime();
            StabilityTally tally = new StabilityTally(new StabilityYear(YEAR, IndicatorSettings.DFE));
            read.contents().histories(IndicatorSettings.DFE).forEach(tally::add);
            int results = tally.results().size();
            long finished = System.nanoTime();
            if (run >= WARM_UP_RUNS) {
                seconds.add((finished - started) / 1e9);
                readSeconds.add((readDone - started) / 1e9);
            }
            // Outside the timing, while the return is still held: what reading it keeps in memory.
            System.gc();
            liveHeapAfterRead = Math.max(
                    liveHeapAfterRead,
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            read.contents().children();
            System.out.printf(
                    "run %d: %.2f s (read and check %.2f s, %d results)%n",
                    run + 1, (finished - started) / 1e9, (readDone - started) / 1e9, results);
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("children", size.children());
        params.put("episodes", size.episodes());
        params.put("year", YEAR);
        params.put("runs", MEASURED_RUNS);
        params.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
        params.put("liveHeapWithTheReturnReadBytes", liveHeapAfterRead);
        params.put("readAndCheckP50Seconds", BenchResults.percentile(readSeconds, 50));
        params.put("cores", Runtime.getRuntime().availableProcessors());
        BenchResults.write(
                "insight",
                "s",
                BenchResults.percentile(seconds, 50),
                BenchResults.percentile(seconds, 99),
                BenchResults.percentile(seconds, 50),
                params);
        deleteQuietly(directory);
    }

    private static void deleteQuietly(Path directory) throws IOException {
        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(directory);
    }
}
