package uk.placementbroker.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.placementbroker.shared.PlacementType;

/** Unplanned endings, outcomes achieved and length, by provider, placement type and council. */
class PlacementMeasuresTests {

    private static final LocalDate START = LocalDate.of(2026, 1, 5);

    @Test
    void theShareUnplannedIsOfThoseEndedAndTheShareAchievedOfTheOutcomesRated() {
        List<PlacementMeasures.Facts> facts = List.of(
                new PlacementMeasures.Facts(
                        1, 10, "Oakfield", PlacementType.FOSTERING, START, START.plusDays(30), false, 2, 0),
                new PlacementMeasures.Facts(
                        1, 10, "Oakfield", PlacementType.FOSTERING, START, START.plusDays(200), true, 2, 2),
                new PlacementMeasures.Facts(1, 10, "Oakfield", PlacementType.FOSTERING, START, null, null, 3, 1),
                new PlacementMeasures.Facts(
                        2, 20, "Harbour", PlacementType.RESIDENTIAL, START, START.plusDays(90), false, 0, 0),
                new PlacementMeasures.Facts(2, 20, "Harbour", PlacementType.RESIDENTIAL, START, null, null, 0, 0));

        PlacementMeasures.Measures measures = PlacementMeasures.of(facts, Map.of(1L, "Northbridge", 2L, "Eastmoor"));

        PlacementMeasures.Group all = measures.all();
        assertThat(all.placements()).isEqualTo(5);
        assertThat(all.ended()).isEqualTo(3);
        assertThat(all.unplannedPercent()).as("2 of the 3 ended").isEqualTo(67);
        assertThat(all.achievedPercent()).as("3 of the 7 rated").isEqualTo(43);
        assertThat(all.medianDaysEnded()).as("30, 90, 200").isEqualTo(90);

        PlacementMeasures.Group oakfield = measures.byProvider().get(0);
        assertThat(oakfield.name()).isEqualTo("Oakfield");
        assertThat(oakfield.unplannedPercent()).isEqualTo(50);
        assertThat(oakfield.medianDaysEnded())
                .as("the lower middle of 30 and 200")
                .isEqualTo(30);
        PlacementMeasures.Group harbour = measures.byProvider().get(1);
        assertThat(harbour.unplannedPercent()).isEqualTo(100);
        assertThat(harbour.achievedPercent()).as("nothing rated yet").isNull();
        assertThat(measures.byType())
                .extracting(PlacementMeasures.Group::name)
                .containsExactly("Fostering", "A children's home");
        assertThat(measures.byCouncil())
                .extracting(PlacementMeasures.Group::name)
                .containsExactly("Northbridge", "Eastmoor");
        assertThat(PlacementMeasures.ofProvider(facts, 20).ended()).isEqualTo(1);
    }

    @Test
    void withNothingEndedThereIsNoShareUnplannedNorLength() {
        PlacementMeasures.Group group = PlacementMeasures.group(
                "All",
                List.of(new PlacementMeasures.Facts(
                        1, 10, "Oakfield", PlacementType.FOSTERING, START, null, null, 0, 0)));
        assertThat(group.unplannedPercent()).isNull();
        assertThat(group.medianDaysEnded()).isNull();
    }
}
