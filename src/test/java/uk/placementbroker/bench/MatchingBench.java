package uk.placementbroker.bench;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import uk.placementbroker.matching.CandidatePool;
import uk.placementbroker.matching.Criteria;
import uk.placementbroker.matching.Matching;
import uk.placementbroker.matching.Weights;

/**
 * {@code scripts/bench matching}: one referral ranked against a national-size market of 50,000 foster
 * households and settings, on one core, the market laid out once as a {@link CandidatePool} as the
 * service keeps it. Records p50 and p99 of one ranking and the bytes it allocates.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(
        value = 1,
        jvmArgsAppend = {"-XX:ActiveProcessorCount=1", "-Xmx1g"})
public class MatchingBench {

    static final int MARKET_SIZE = 50_000;
    private static final LocalDate TODAY = LocalDate.parse("2026-11-26");

    @Param({"typical", "anywhere"})
    public String referral;

    private CandidatePool market;
    private Criteria criteria;
    private final Matching matching = new Matching(Weights.DEFAULT);

    @Setup
    public void makeTheMarket() {
        market = CandidatePool.of(SyntheticMarket.of(MARKET_SIZE, TODAY, 20_261_126L));
        criteria = "typical".equals(referral)
                ? SyntheticMarket.aTypicalReferral(TODAY)
                : SyntheticMarket.aReferralAnywhere(TODAY);
    }

    @Benchmark
    public Matching.Ranking rankOneReferral() {
        return matching.rank(criteria, market, TODAY);
    }

    public static void main(String[] args) throws RunnerException, java.io.IOException {
        var results = new Runner(new OptionsBuilder()
                        .include(MatchingBench.class.getSimpleName())
                        .addProfiler(GCProfiler.class)
                        .build())
                .run();
        if (results.isEmpty()) {
            throw new IllegalStateException("The benchmark did not run: see the output above");
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("candidates", MARKET_SIZE);
        params.put("cores", 1);
        double typicalP50 = 0;
        double typicalP99 = 0;
        double worstP99 = 0;
        for (RunResult result : results) {
            String name = result.getParams().getParam("referral");
            var statistics = result.getPrimaryResult().getStatistics();
            var allocation = result.getSecondaryResults().entrySet().stream()
                    .filter(entry -> entry.getKey().endsWith("gc.alloc.rate.norm"))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElse(null);
            var ranked = new Matching(Weights.DEFAULT)
                    .rank(
                            "typical".equals(name)
                                    ? SyntheticMarket.aTypicalReferral(TODAY)
                                    : SyntheticMarket.aReferralAnywhere(TODAY),
                            SyntheticMarket.of(MARKET_SIZE, TODAY, 20_261_126L),
                            TODAY)
                    .ranked()
                    .size();
            params.put(name + "P50Ms", round(statistics.getPercentile(50)));
            params.put(name + "P99Ms", round(statistics.getPercentile(99)));
            params.put(
                    name + "BytesAllocatedPerRanking", allocation == null ? null : Math.round(allocation.getScore()));
            params.put(name + "Ranked", ranked);
            worstP99 = Math.max(worstP99, statistics.getPercentile(99));
            if ("typical".equals(name)) {
                typicalP50 = statistics.getPercentile(50);
                typicalP99 = statistics.getPercentile(99);
            }
        }
        params.put("worstP99Ms", round(worstP99));
        BenchResults.write("matching", "ms", typicalP50, typicalP99, typicalP99, params);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
