package uk.placementbroker.insight.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.placementbroker.insight.indicators.ChildHistoryFixture.aChild;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.placementbroker.shared.GeoPoint;

class StabilityTallyTests {

    private final StabilityTally tally = new StabilityTally(new StabilityYear(2024, IndicatorSettings.DFE));

    @Test
    void countsEachMeasureForEveryCareGroup() {
        tally.add(aChild().called("A")
                .bornOn("2012-01-01")
                .entersCareOn("2023-05-01")
                .movesOn("2023-08-01")
                .movesOn("2024-01-15")
                .build());
        tally.add(aChild().called("B")
                .bornOn("2020-01-01")
                .female()
                .entersCareOn("2021-01-01")
                .build());
        tally.add(aChild().called("C")
                .bornOn("2006-01-01")
                .unaccompaniedAsylumSeeking()
                .entersCareOn("2023-01-01")
                .build());
        tally.add(aChild().called("D").entersCareOn("2023-05-01", "V3", "R1").build());

        assertThat(result(Measure.SHORT_TERM_STABILITY, "all", null))
                .isEqualTo(new MeasureResult(Measure.SHORT_TERM_STABILITY, 2024, "all", null, 1, 3));
        assertThat(result(Measure.SHORT_TERM_STABILITY, "all", null).percent())
                .isEqualByComparingTo(new BigDecimal("33.3"));
        assertThat(result(Measure.SHORT_TERM_STABILITY, "ageAtFirstEntry=11-15", null)
                        .numerator())
                .isEqualTo(1);
        assertThat(result(Measure.SHORT_TERM_STABILITY, "ageAtFirstEntry=0-4", null)
                        .denominator())
                .isEqualTo(1);
        assertThat(result(Measure.SHORT_TERM_STABILITY, "ageAtFirstEntry=16+", null)
                        .denominator())
                .isEqualTo(1);
        assertThat(result(Measure.SHORT_TERM_STABILITY, "uasc=yes", null).denominator())
                .isEqualTo(1);
        assertThat(result(Measure.SHORT_TERM_STABILITY, "sex=2", null).numerator())
                .isZero();
        assertThat(result(Measure.TWO_YEAR_STABILITY, "all", null))
                .isEqualTo(new MeasureResult(Measure.TWO_YEAR_STABILITY, 2024, "all", null, 0, 1));
        assertThat(result(Measure.LONG_TERM_STABILITY, "all", null))
                .isEqualTo(new MeasureResult(Measure.LONG_TERM_STABILITY, 2024, "all", null, 1, 1));
    }

    @Test
    void breaksChildrenDownByPlacementTypeAndMovesByReason() {
        tally.add(aChild().entersCareOn("2023-05-01")
                .episode("2023-08-01", ReasonForNewEpisode.P, "C2", "K2", "NN2", "CHILD")
                .episode("2024-01-15", ReasonForNewEpisode.P, "C2", "U4", "NN3", "CARPL")
                .build());
        tally.add(aChild().entersCareOn("2022-05-01")
                .episode("2023-08-01", ReasonForNewEpisode.P, "C2", "U6", "NN2", "CARPL")
                .build());
        tally.add(aChild().entersCareOn("2022-05-01")
                .movesOn("2023-06-01")
                .leavesCareOn("2023-09-01")
                .build());

        assertThat(result(Measure.LOOKED_AFTER_BY_PLACEMENT_TYPE, "all", "U4"))
                .isEqualTo(new MeasureResult(Measure.LOOKED_AFTER_BY_PLACEMENT_TYPE, 2024, "all", "U4", 1, 2));
        assertThat(result(Measure.MOVES_BY_REASON, "all", "CARPL").numerator()).isEqualTo(2);
        assertThat(result(Measure.MOVES_BY_REASON, "all", "CHILD").numerator()).isEqualTo(1);
        assertThat(result(Measure.MOVES_BY_REASON, "all", "not recorded").numerator())
                .isEqualTo(1);
        assertThat(result(Measure.MOVES_BY_REASON, "all", "CARPL").denominator())
                .isEqualTo(4);
    }

    @Test
    void placementsAreBandedByDistanceFromHomeAndCountedInsideOrOutsideTheCouncilsArea() {
        Map<String, GeoPoint> centres = Map.of(
                "NN9",
                new GeoPoint(52.30, -0.69),
                "NN1",
                new GeoPoint(52.237, -0.894),
                "LE1",
                new GeoPoint(52.634, -1.131));
        PlacementPlaces places = new PlacementPlaces() {
            @Override
            public Optional<GeoPoint> centre(String postcode) {
                return Optional.ofNullable(centres.get(postcode));
            }

            @Override
            public Optional<Boolean> inCouncilArea(String postcode) {
                return centres.containsKey(postcode) ? Optional.of(postcode.startsWith("NN")) : Optional.empty();
            }
        };
        StabilityTally located =
                new StabilityTally(new StabilityYear(2024, IndicatorSettings.DFE), EnumSet.of(CareGroup.ALL), places);
        // The fixture's children live in NN9.
        located.add(aChild().entersCareOn("2023-05-01")
                .movesOn("2023-08-01", "U4", "NN1")
                .build());
        located.add(aChild().entersCareOn("2023-05-01")
                .movesOn("2023-08-01", "K2", "LE1")
                .build());
        located.add(aChild().entersCareOn("2023-05-01")
                .movesOn("2023-08-01", "U4", "ZZ9")
                .build());
        located.add(aChild().entersCareOn("2023-05-01")
                .movesOn("2023-08-01", "U4", "")
                .build());
        located.add(aChild().unaccompaniedAsylumSeeking()
                .entersCareOn("2023-05-01")
                .movesOn("2023-08-01", "K2", "LE1")
                .build());
        // Moved far away, but home again before 31 March: only where a child is on 31 March counts.
        located.add(aChild().entersCareOn("2023-05-01")
                .movesOn("2023-08-01", "K2", "LE1")
                .leavesCareOn("2024-02-01")
                .build());

        List<MeasureResult> results = located.results();
        assertThat(find(results, Measure.DISTANCE_FROM_HOME, "20 miles or less"))
                .isEqualTo(new MeasureResult(Measure.DISTANCE_FROM_HOME, 2024, "all", "20 miles or less", 1, 4));
        assertThat(find(results, Measure.DISTANCE_FROM_HOME, "over 20 miles").numerator())
                .as("UASC not counted")
                .isEqualTo(1);
        assertThat(find(results, Measure.DISTANCE_FROM_HOME, "not known").numerator())
                .isEqualTo(2);
        assertThat(find(results, Measure.PLACED_IN_AREA, "inside the council's area"))
                .isEqualTo(new MeasureResult(Measure.PLACED_IN_AREA, 2024, "all", "inside the council's area", 1, 5));
        assertThat(find(results, Measure.PLACED_IN_AREA, "outside the council's area")
                        .numerator())
                .as("UASC counted")
                .isEqualTo(2);
        assertThat(find(results, Measure.PLACED_IN_AREA, "not known").numerator())
                .isEqualTo(2);
    }

    @Test
    void withoutLocationsEveryDistanceAndAreaIsNotKnown() {
        tally.add(aChild().entersCareOn("2023-05-01")
                .movesOn("2023-08-01", "U4", "NN1")
                .build());

        assertThat(result(Measure.DISTANCE_FROM_HOME, "all", "not known").numerator())
                .isEqualTo(1);
        assertThat(result(Measure.PLACED_IN_AREA, "all", "not known").numerator())
                .isEqualTo(1);
    }

    @Test
    void onlyTheCareGroupsAskedForAreCut() {
        StabilityTally allOnly =
                new StabilityTally(new StabilityYear(2024, IndicatorSettings.DFE), EnumSet.of(CareGroup.ALL));
        allOnly.add(aChild().entersCareOn("2023-05-01").build());

        assertThat(allOnly.results()).extracting(MeasureResult::cut).containsOnly("all");
    }

    @Test
    void nobodyInTheDenominatorHasNoPercentage() {
        assertThat(new MeasureResult(Measure.LONG_TERM_STABILITY, 2024, "all", null, 0, 0).percent())
                .isNull();
    }

    private static MeasureResult find(List<MeasureResult> results, Measure measure, String category) {
        return results.stream()
                .filter(result -> result.measure() == measure && category.equals(result.category()))
                .findFirst()
                .orElseThrow();
    }

    private MeasureResult result(Measure measure, String cut, String category) {
        List<MeasureResult> matching = tally.results().stream()
                .filter(result -> result.measure() == measure
                        && result.cut().equals(cut)
                        && java.util.Objects.equals(result.category(), category))
                .toList();
        assertThat(matching).as("%s %s %s", measure, cut, category).hasSize(1);
        return matching.get(0);
    }
}
