package uk.placementbroker.placement;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.placementbroker.shared.PlacementType;

/**
 * What the council learns from the placements made in Placement Broker: how many ended unplanned, how many of
 * their outcomes were achieved, and how long they lasted, for all of them and by provider, by placement type and by
 * council. Shares are of those that can count: unplanned of those ended, achieved of the outcomes rated at each
 * placement's latest review (leaving out those no longer relevant).
 */
public final class PlacementMeasures {

    private PlacementMeasures() {}

    /**
     * One placement, as the measures need it.
     *
     * @param end the day it ended, or null while it lasts
     * @param planned whether its ending was planned; null while it lasts
     * @param outcomesRated outcomes rated at its latest review, but those no longer relevant
     * @param outcomesAchieved of those, the ones rated achieved
     */
    public record Facts(
            long localAuthorityId,
            long providerId,
            String provider,
            PlacementType type,
            LocalDate start,
            LocalDate end,
            Boolean planned,
            int outcomesRated,
            int outcomesAchieved) {}

    /** The figures for one group of placements. */
    public record Group(
            String name,
            int placements,
            int ended,
            int endedUnplanned,
            int outcomesRated,
            int outcomesAchieved,
            Long medianDaysEnded) {

        /** The share of ended placements that ended unplanned, in whole per cent; null when none has ended. */
        public Integer unplannedPercent() {
            return percent(endedUnplanned, ended);
        }

        public Integer achievedPercent() {
            return percent(outcomesAchieved, outcomesRated);
        }
    }

    public record Measures(Group all, List<Group> byProvider, List<Group> byType, List<Group> byCouncil) {

        public boolean empty() {
            return all.placements() == 0;
        }
    }

    /** @param councilNames the councils' names by id, to name the council groups */
    public static Measures of(List<Facts> facts, Map<Long, String> councilNames) {
        return new Measures(
                group("All placements", facts),
                groups(facts, Facts::provider),
                groups(facts, each -> capitalised(each.type().words())),
                groups(
                        facts,
                        each -> councilNames.getOrDefault(
                                each.localAuthorityId(), "Council " + each.localAuthorityId())));
    }

    /** One provider's past placements, for its profile. */
    public static Group ofProvider(List<Facts> facts, long providerId) {
        return group(
                "Past placements",
                facts.stream().filter(each -> each.providerId() == providerId).toList());
    }

    private static List<Group> groups(List<Facts> facts, Function<Facts, String> key) {
        Map<String, List<Facts>> grouped =
                facts.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
        return grouped.entrySet().stream()
                .map(entry -> group(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparing(Group::placements).reversed().thenComparing(Group::name))
                .toList();
    }

    static Group group(String name, List<Facts> facts) {
        List<Facts> ended = facts.stream().filter(each -> each.end() != null).toList();
        List<Long> days = ended.stream()
                .map(each -> ChronoUnit.DAYS.between(each.start(), each.end()))
                .sorted()
                .toList();
        return new Group(
                name,
                facts.size(),
                ended.size(),
                (int) ended.stream()
                        .filter(each -> Boolean.FALSE.equals(each.planned()))
                        .count(),
                facts.stream().mapToInt(Facts::outcomesRated).sum(),
                facts.stream().mapToInt(Facts::outcomesAchieved).sum(),
                median(days));
    }

    /** The middle length; of an even count, the lower of the two middle ones, so that it is a length that happened. */
    private static Long median(List<Long> sorted) {
        return sorted.isEmpty() ? null : sorted.get((sorted.size() - 1) / 2);
    }

    private static Integer percent(int part, int whole) {
        return whole == 0 ? null : (int) Math.round(100.0 * part / whole);
    }

    private static String capitalised(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
