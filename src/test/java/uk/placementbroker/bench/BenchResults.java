package uk.placementbroker.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Writes {@code bench/results/NAME.json} in the one shape every benchmark uses. */
final class BenchResults {

    private BenchResults() {}

    static void write(String name, String unit, double p50, double p99, double value, Map<String, Object> params)
            throws IOException {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("name", name);
        result.put("unit", unit);
        result.put("p50", round(p50));
        result.put("p99", round(p99));
        result.put("value", round(value));
        result.put("params", params);
        result.put("date", OffsetDateTime.now().toString());
        Path file = Path.of("bench", "results", name + ".json");
        Files.createDirectories(file.getParent());
        Files.writeString(
                file,
                JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(result) + "\n");
        System.out.println("Wrote " + file + ": " + name + " " + round(value) + " " + unit + " (p50 " + round(p50)
                + ", p99 " + round(p99) + ")");
    }

    /** The nearest-rank percentile of the samples. */
    static double percentile(List<Double> samples, int percentile) {
        List<Double> sorted = samples.stream().sorted().toList();
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
