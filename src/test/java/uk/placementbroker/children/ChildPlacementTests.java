package uk.placementbroker.children;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A placement agreed in Placement Broker becomes the child's next episode of care, as the 903 records it. */
class ChildPlacementTests {

    private static final LocalDate ENTERED = LocalDate.of(2025, 3, 1);
    private static final LocalDate MOVES = LocalDate.of(2026, 12, 1);

    @Test
    void aChildLookedAfterMovesOnTheDayThePlacementStartsKeepingTheirLegalStatus() {
        Child child = child(new Episode(ENTERED, "S", "C2", "N1", "K2", "PR4", null, null, null, "NN3", "LE1", "SC1"));

        assertThat(child.placedFrom(MOVES, "U6", "PR1", "NN1", "SC9")).isTrue();

        List<Episode> episodes = child.episodes();
        assertThat(episodes).hasSize(2);
        assertThat(episodes.get(0).endDate()).isEqualTo(MOVES);
        assertThat(episodes.get(0).reasonEpisodeCeased()).isEqualTo("X1");
        assertThat(episodes.get(1))
                .isEqualTo(new Episode(MOVES, "P", "C2", "N1", "U6", "PR1", null, null, null, "NN3", "NN1", "SC9"));
    }

    @Test
    void anEpisodeOpenedThatSameDayTakesTheNewPlacement() {
        Child child = child(new Episode(MOVES, "S", "V2", "N4", "T1", "PR1", null, null, null, "NN3", "NN3", null));

        assertThat(child.placedFrom(MOVES, "K2", "PR4", "PE1", "SC2")).isTrue();

        assertThat(child.episodes())
                .containsExactly(
                        new Episode(MOVES, "S", "V2", "N4", "K2", "PR4", null, null, null, "NN3", "PE1", "SC2"));
    }

    @Test
    void aChildNotLookedAfterIsLeftForTheSocialWorkerToRecordTheirLegalStatus() {
        Child child = child(new Episode(
                ENTERED, "S", "C2", "N1", "U6", "PR1", LocalDate.of(2025, 9, 1), "E11", null, "NN3", "NN1", null));

        assertThat(child.placedFrom(MOVES, "U6", "PR1", "NN1", null)).isFalse();
        assertThat(child.episodes()).hasSize(1);
    }

    @Test
    void aPlacementStartingLaterIsNotTheChildsPlacementNowUntilItsDay() {
        Child child = child(new Episode(ENTERED, "S", "C2", "N1", "K2", "PR4", null, null, null, "NN3", "LE1", "SC1"));
        child.placedFrom(MOVES, "U6", "PR1", "NN1", "SC9");

        assertThat(child.episodeOn(MOVES.minusDays(1)).orElseThrow().placementType())
                .isEqualTo("K2");
        assertThat(child.episodeOn(MOVES).orElseThrow().placementType()).isEqualTo("U6");
        assertThat(child.episodeOn(ENTERED.minusDays(1))).isEmpty();
    }

    @Test
    void anEndingThatLeavesTheChildLookedAfterStartsAnOtherPlacementEpisodeUntilTheNextIsRecorded() {
        Child child = child(new Episode(ENTERED, "S", "C2", "N1", "K2", "PR4", null, null, null, "NN3", "LE1", "SC1"));
        child.placedFrom(MOVES, "U6", "PR1", "NN1", "SC9");
        LocalDate ends = MOVES.plusDays(40);

        assertThat(child.placementEnded(MOVES, ends, "X1", "CREQB")).isTrue();

        List<Episode> episodes = child.episodes();
        assertThat(episodes.get(1))
                .isEqualTo(new Episode(MOVES, "P", "C2", "N1", "U6", "PR1", ends, "X1", "CREQB", "NN3", "NN1", "SC9"));
        assertThat(episodes.get(2))
                .isEqualTo(new Episode(ends, "P", "C2", "N1", "Z1", null, null, null, null, "NN3", null, null));

        assertThat(child.placedFrom(ends, "U4", "PR1", "NN2", "SC7")).isTrue();
        assertThat(child.episodes())
                .as("the next placement recorded on the day takes the episode's place")
                .hasSize(3)
                .last()
                .isEqualTo(new Episode(ends, "P", "C2", "N1", "U4", "PR1", null, null, null, "NN3", "NN2", "SC7"));
    }

    @Test
    void anEndingOutOfCareRecordsWhyCareCeasedAndNoPlacementChange() {
        Child child = child(new Episode(MOVES, "S", "V2", "N4", "U6", "PR1", null, null, null, "NN3", "NN3", null));

        assertThat(child.placementEnded(MOVES, MOVES.plusDays(90), "E4A", "CARPL"))
                .isTrue();

        assertThat(child.episodes())
                .containsExactly(new Episode(
                        MOVES, "S", "V2", "N4", "U6", "PR1", MOVES.plusDays(90), "E4A", null, "NN3", "NN3", null));
    }

    @Test
    void anOpenEpisodeFromBeforeThePlacementIsNotItsToEnd() {
        Child child = child(new Episode(ENTERED, "S", "C2", "N1", "K2", "PR4", null, null, null, "NN3", "LE1", "SC1"));

        assertThat(child.placementEnded(MOVES, MOVES.plusDays(10), "E4A", "CARPL"))
                .isFalse();
        assertThat(child.episodes()).hasSize(1);
        assertThat(child.episodes().get(0).open()).isTrue();
    }

    private static Child child(Episode episode) {
        return Child.register(
                1,
                new ChildDetails("C1", "Ava", "Test", LocalDate.of(2012, 1, 1), "2", "WBRI", "NN3 6AB", "UN1"),
                List.of(episode));
    }
}
