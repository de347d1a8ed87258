package uk.placementbroker.insight.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The care-group menu reads in its natural order: all first, groups in turn, ages as numbers, the unknown last. */
class CareGroupOrderTests {

    @Test
    void agesSortAsNumbersAndEachGroupComesInTurn() {
        List<String> cuts = List.of(
                "sex=2",
                "ageAtFirstEntry=unknown",
                "ageAtFirstEntry=16+",
                "ageAtFirstEntry=11-15",
                "all",
                "ageAtFirstEntry=5-10",
                "sex=1",
                "ageAtFirstEntry=0-4");

        assertThat(cuts.stream().sorted(CareGroup.NATURAL_ORDER).toList())
                .containsExactly(
                        "all",
                        "ageAtFirstEntry=0-4",
                        "ageAtFirstEntry=5-10",
                        "ageAtFirstEntry=11-15",
                        "ageAtFirstEntry=16+",
                        "ageAtFirstEntry=unknown",
                        "sex=1",
                        "sex=2");
    }
}
