package uk.placementbroker.insight.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.placementbroker.shared.PlacementType;

class SufficiencyTests {

    private final Sufficiency sufficiency = new Sufficiency();

    @Test
    void demandIsCountedByKindOfPlacementAgeBandAndDistrict() {
        sufficiency.lookedAfter("U6", 4, "Northampton");
        sufficiency.lookedAfter("U4", 5, "Northampton");
        sufficiency.lookedAfter("K2", 15, "Kettering");
        sufficiency.lookedAfter("A5", 2, "Northampton");
        sufficiency.referral(PlacementType.RESIDENTIAL, 14, null);

        assertThat(sufficiency.byKindAndAge())
                .contains(
                        new Sufficiency.ByKindAndAge(PlacementType.FOSTERING, Sufficiency.AgeBand.UNDER_5, 1, 0, 0),
                        new Sufficiency.ByKindAndAge(
                                PlacementType.FOSTERING, Sufficiency.AgeBand.FROM_5_TO_10, 1, 0, 0),
                        new Sufficiency.ByKindAndAge(
                                PlacementType.RESIDENTIAL, Sufficiency.AgeBand.FROM_11_TO_15, 1, 1, 0));
        assertThat(sufficiency.otherPlacements())
                .as("placed for adoption is not brokered")
                .isEqualTo(1);
        assertThat(sufficiency.byDistrict())
                .containsExactly(
                        new Sufficiency.ByDistrict("Kettering", 1, 0, 0),
                        new Sufficiency.ByDistrict("Northampton", 2, 0, 0),
                        new Sufficiency.ByDistrict("Not known", 0, 1, 0));
    }

    @Test
    void aVacancyCountsInEveryAgeBandItTakesButOnceForItsKindAndDistrict() {
        sufficiency.vacancy(PlacementType.FOSTERING, 8, 17, 2, "Northampton");

        assertThat(sufficiency.byKindAndAge())
                .extracting(Sufficiency.ByKindAndAge::places)
                .containsExactly(0, 2, 2, 2);
        assertThat(sufficiency.byKind()).containsExactly(new Sufficiency.ByKind(PlacementType.FOSTERING, 0, 0, 2));
        assertThat(sufficiency.byDistrict()).containsExactly(new Sufficiency.ByDistrict("Northampton", 0, 0, 2));
    }
}
