package uk.placementbroker.brokerage;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How long a search is taking, counted from the first round: until the first offer, and until the
 * placement was agreed (or so far). Offers are counted per round, withdrawn ones included, because
 * they show how the market answered.
 *
 * @param toFirstOffer null until an offer comes
 * @param toDecision until the placement was agreed, or until now while the search goes on
 * @param decided whether {@code toDecision} is final
 * @param offersPerRound round number to offers made in it, for every round opened
 */
public record SearchTimes(
        Duration toFirstOffer, Duration toDecision, boolean decided, Map<Integer, Long> offersPerRound) {

    /** Nothing to time before the first round opens. */
    public static SearchTimes of(
            List<Rounds.Round> rounds, List<Answers.Answer> answers, Instant agreedAt, Instant now) {
        if (rounds.isEmpty()) {
            return null;
        }
        Instant started = rounds.stream()
                .map(Rounds.Round::openedAt)
                .min(Instant::compareTo)
                .orElseThrow();
        Duration toFirstOffer = answers.stream()
                .filter(Answers.Answer::offer)
                .map(Answers.Answer::submittedAt)
                .min(Instant::compareTo)
                .map(first -> Duration.between(started, first))
                .orElse(null);
        Map<Integer, Long> offersPerRound = new TreeMap<>();
        rounds.forEach(round -> offersPerRound.put(round.number(), 0L));
        answers.stream()
                .filter(Answers.Answer::offer)
                .forEach(answer -> offersPerRound.merge(answer.round(), 1L, Long::sum));
        return new SearchTimes(
                toFirstOffer,
                Duration.between(started, agreedAt == null ? now : agreedAt),
                agreedAt != null,
                Collections.unmodifiableMap(offersPerRound));
    }

    public String firstOfferWords() {
        return toFirstOffer == null ? "No offer yet" : words(toFirstOffer);
    }

    public String decisionWords() {
        return words(toDecision) + (decided ? "" : " so far");
    }

    public String offersPerRoundWords() {
        return String.join(
                ", ",
                offersPerRound.entrySet().stream()
                        .map(round -> "round " + round.getKey() + ": " + round.getValue())
                        .toList());
    }

    /** A duration as a person says it: "2 days 3 hours", "45 minutes". */
    public static String words(Duration duration) {
        long days = duration.toDays();
        long hours = duration.toHoursPart();
        long minutes = duration.toMinutesPart();
        if (days > 0) {
            return plural(days, "day") + (hours > 0 ? " " + plural(hours, "hour") : "");
        }
        if (hours > 0) {
            return plural(hours, "hour") + (minutes > 0 ? " " + plural(minutes, "minute") : "");
        }
        return minutes > 0 ? plural(minutes, "minute") : "less than a minute";
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
