package uk.placementbroker.insight.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.placementbroker.support.FakeReturn;

class IndicatorsCommandTests {

    @TempDir
    Path directory;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void printsEveryMeasureAndCutAsJson() {
        int status = run(
                "--year",
                "2019",
                "--repair-overlaps",
                FakeReturn.copyTo(directory).toString());

        assertThat(status).isZero();
        JsonNode results = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        JsonNode shortTerm = find(results, "shortTermStability", "all");
        assertThat(shortTerm.get("year").asInt()).isEqualTo(2019);
        assertThat(shortTerm.get("denominator").asLong()).isPositive();
        assertThat(find(results, "longTermStability", "sex=2").has("percent")).isTrue();
        assertThat(find(results, "shortTermStability", "ageAtFirstEntry=11-15")).isNotNull();
    }

    @Test
    void measuresDistanceFromTheShippedDistrictCentresAndInAreaFromTheCouncilAreaGiven() {
        int status = run(
                "--year",
                "2019",
                "--repair-overlaps",
                "--council-area",
                "WS,WV,EH",
                FakeReturn.copyTo(directory).toString());

        assertThat(status).isZero();
        JsonNode results = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        long knownDistances = 0;
        long inOrOutOfArea = 0;
        for (JsonNode result : results) {
            if (!result.get("cut").asString().equals("all") || !result.has("category")) {
                continue;
            }
            boolean known = !result.get("category").asString().equals("not known");
            if (result.get("measure").asString().equals("distanceFromHome") && known) {
                knownDistances += result.get("numerator").asLong();
            }
            if (result.get("measure").asString().equals("placedInArea") && known) {
                inOrOutOfArea += result.get("numerator").asLong();
            }
        }
        assertThat(knownDistances)
                .as("children whose home and placement districts are both real")
                .isPositive();
        assertThat(inOrOutOfArea).isPositive();
    }

    @Test
    void refusesAReturnWithProblemsAndSaysWhere() {
        int status = run("--year", "2024", FakeReturn.copyTo(directory).toString());

        assertThat(status).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("error: episodes.csv row 312, column DEC:", "The return was not used: 72 problem(s)");
    }

    @Test
    void explainsHowToUseIt() {
        assertThat(run(directory.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("say which year with --year", "Usage: scripts/indicators");
    }

    private int run(String... args) {
        return IndicatorsCommand.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static JsonNode find(JsonNode results, String measure, String cut) {
        for (JsonNode result : results) {
            if (result.get("measure").asString().equals(measure)
                    && result.get("cut").asString().equals(cut)) {
                return result;
            }
        }
        return null;
    }
}
