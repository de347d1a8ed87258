package uk.placementbroker.brokerage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.placementbroker.shared.HomeRef;
import uk.placementbroker.shared.Money;

class SearchTimesTests {

    static final Instant OPENED = Instant.parse("2026-11-02T09:00:00Z");

    @Test
    void nothingIsTimedBeforeTheFirstRound() {
        assertThat(SearchTimes.of(List.of(), List.of(), null, OPENED)).isNull();
    }

    @Test
    void theFirstOfferIsTimedFromTheFirstRoundAndRefusalsDoNotCount() {
        SearchTimes times = SearchTimes.of(
                List.of(round(1, OPENED), round(2, OPENED.plus(Duration.ofDays(1)))),
                List.of(
                        refusal(1, OPENED.plusSeconds(600)),
                        offer(2, OPENED.plus(Duration.ofHours(27))),
                        offer(2, OPENED.plus(Duration.ofHours(30)))),
                null,
                OPENED.plus(Duration.ofDays(2)));

        assertThat(times.toFirstOffer()).isEqualTo(Duration.ofHours(27));
        assertThat(times.offersPerRound()).containsExactly(java.util.Map.entry(1, 0L), java.util.Map.entry(2, 2L));
        assertThat(times.decided()).isFalse();
        assertThat(times.toDecision()).as("so far").isEqualTo(Duration.ofDays(2));
        assertThat(times.firstOfferWords()).isEqualTo("1 day 3 hours");
        assertThat(times.offersPerRoundWords()).isEqualTo("round 1: 0, round 2: 2");
        assertThat(times.decisionWords()).isEqualTo("2 days so far");
    }

    @Test
    void theDecisionIsTimedToTheAgreedPlacement() {
        SearchTimes times = SearchTimes.of(
                List.of(round(1, OPENED)),
                List.of(offer(1, OPENED.plus(Duration.ofHours(2)))),
                OPENED.plus(Duration.ofHours(50)),
                OPENED.plus(Duration.ofDays(30)));

        assertThat(times.decided()).isTrue();
        assertThat(times.toDecision()).isEqualTo(Duration.ofHours(50));
    }

    @Test
    void durationsReadAsPeopleSayThem() {
        assertThat(SearchTimes.words(Duration.ofHours(50))).isEqualTo("2 days 2 hours");
        assertThat(SearchTimes.words(Duration.ofDays(1))).isEqualTo("1 day");
        assertThat(SearchTimes.words(Duration.ofMinutes(61))).isEqualTo("1 hour 1 minute");
        assertThat(SearchTimes.words(Duration.ofMinutes(45))).isEqualTo("45 minutes");
        assertThat(SearchTimes.words(Duration.ofSeconds(20))).isEqualTo("less than a minute");
    }

    private static Rounds.Round round(int number, Instant opened) {
        return new Rounds.Round(
                number,
                number,
                RoundKind.FRAMEWORK,
                "broker",
                opened,
                opened.plus(Duration.ofDays(1)),
                5,
                5,
                0,
                0,
                null,
                null,
                false);
    }

    private static Answers.Answer offer(int round, Instant at) {
        return answer(round, "OFFER", at);
    }

    private static Answers.Answer refusal(int round, Instant at) {
        return answer(round, "REFUSAL", at);
    }

    private static Answers.Answer answer(int round, String kind, Instant at) {
        return new Answers.Answer(
                1,
                1,
                round,
                1,
                "Provider",
                1L,
                kind,
                HomeRef.fosterHousehold(1),
                "Home",
                LocalDate.of(2026, 11, 5),
                Money.pounds(10),
                BigDecimal.ZERO,
                Money.ZERO,
                Money.ZERO,
                Money.ZERO,
                Money.ZERO,
                Money.ZERO,
                "",
                null,
                null,
                "provider",
                null,
                at,
                false,
                null);
    }
}
