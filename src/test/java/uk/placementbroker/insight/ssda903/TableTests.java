package uk.placementbroker.insight.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TableTests {

    @Test
    void findsTheTableAFileHoldsByItsName() {
        assertThat(Table.byFileName("episodes.csv")).contains(Table.EPISODES);
        assertThat(Table.byFileName("Episodes.CSV")).contains(Table.EPISODES);
        assertThat(Table.byFileName("SSDA903_2024_episodes.csv")).contains(Table.EPISODES);
        assertThat(Table.byFileName("sw_episodes.csv")).contains(Table.SOCIAL_WORKER_EPISODES);
        assertThat(Table.byFileName("placed_for_adoption.csv")).contains(Table.PLACED_ADOPTION);
        assertThat(Table.byFileName("PrevPerm.csv")).contains(Table.PREVIOUS_PERMANENCE);
        assertThat(Table.byFileName("DoLo.csv")).isEmpty();
    }

    @Test
    void eachYearHasItsOwnCodes() {
        Column reasonForChange2018 = Specification.bundled().columns(Table.EPISODES, 2018).stream()
                .filter(column -> column.name().equals("REASON_PLACE_CHANGE"))
                .findFirst()
                .orElseThrow();
        Column reasonForChange2024 = Specification.bundled().columns(Table.EPISODES, 2024).stream()
                .filter(column -> column.name().equals("REASON_PLACE_CHANGE"))
                .findFirst()
                .orElseThrow();

        assertThat(reasonForChange2018.codes()).doesNotContain("CUSTOD");
        assertThat(reasonForChange2024.codes()).contains("CUSTOD", "CARPL");
        assertThat(Specification.bundled().columns(Table.SOCIAL_WORKER_EPISODES, 2018))
                .extracting(Column::name)
                .contains("SW_ID");
    }
}
