package uk.placementbroker.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.placementbroker.children.Episode;

class DemoChildrenTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final List<String> HOME = List.of("NN1", "NN2");
    private static final List<String> ELSEWHERE = List.of("PE1", "MK9");

    @Test
    void theSameSeedGivesTheSameChildren() {
        assertThat(generate(42)).isEqualTo(generate(42));
        assertThat(generate(42)).isNotEqualTo(generate(43));
    }

    @Test
    void everyHistoryStartsWithEntryToCareAndEachEpisodeStartsWhenThePreviousEnded() {
        for (DemoChildren.DemoChild child : generate(7)) {
            List<Episode> episodes = child.episodes();
            assertThat(episodes.get(0).reasonForNewEpisode()).isEqualTo("S");
            assertThat(episodes.get(0).startDate()).isAfter(child.details().dateOfBirth());
            for (int i = 1; i < episodes.size(); i++) {
                assertThat(episodes.get(i).startDate())
                        .isEqualTo(episodes.get(i - 1).endDate());
                assertThat(episodes.get(i).reasonForNewEpisode()).isIn("L", "P", "T", "B", "U");
            }
            for (Episode episode : episodes.subList(0, episodes.size() - 1)) {
                assertThat(episode.endDate()).isBeforeOrEqualTo(TODAY);
            }
        }
    }

    @Test
    void onlyTheLastEpisodeMayBeOpenAndEveryChangeOfPlacementHasAReason() {
        for (DemoChildren.DemoChild child : generate(9)) {
            List<Episode> episodes = child.episodes();
            episodes.subList(0, episodes.size() - 1)
                    .forEach(episode -> assertThat(episode.open()).isFalse());
            // As the 903 records it: the reason is on the episode that ended with the move.
            for (int i = 1; i < episodes.size(); i++) {
                boolean moved =
                        Set.of("P", "T", "B", "U").contains(episodes.get(i).reasonForNewEpisode());
                assertThat(episodes.get(i - 1).reasonPlaceChange() != null).isEqualTo(moved);
            }
        }
    }

    @Test
    void mostChildrenAreStillLookedAfterAndSomeHaveMovedThreeOrMoreTimes() {
        List<DemoChildren.DemoChild> children = generate(11);

        long lookedAfter = children.stream()
                .filter(child ->
                        child.episodes().get(child.episodes().size() - 1).open())
                .count();
        long movedOften = children.stream()
                .filter(child -> child.episodes().stream()
                                .filter(e -> !"L".equals(e.reasonForNewEpisode()))
                                .count()
                        >= 3)
                .count();

        assertThat(lookedAfter).isGreaterThan(children.size() / 2);
        assertThat(movedOften).isPositive();
    }

    private static List<DemoChildren.DemoChild> generate(long seed) {
        return new DemoChildren(new Random(seed), TODAY).generate("991", HOME, ELSEWHERE, 200);
    }
}
