package uk.placementbroker.insight.indicators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Counts every measure of one year, cut by every care group, from children given one at a time, so a
 * national return can be counted while it streams past without being held in memory.
 */
public final class StabilityTally {

    private static final String NOT_RECORDED = "not recorded";
    private static final String NOT_KNOWN = "not known";

    /** The DfE's distance band: placed more than 20 miles from home. */
    static final double FAR_FROM_HOME_MILES = 20;

    public static final String NEAR = "20 miles or less";
    public static final String FAR = "over 20 miles";
    public static final String INSIDE = "inside the council's area";
    public static final String OUTSIDE = "outside the council's area";

    private record Key(Measure measure, String cut, String category) {}

    private final StabilityYear year;
    private final Set<CareGroup> careGroups;
    private final PlacementPlaces places;
    private final Map<Key, long[]> counts = new LinkedHashMap<>();

    public StabilityTally(StabilityYear year, Set<CareGroup> careGroups, PlacementPlaces places) {
        this.year = year;
        this.careGroups = careGroups.isEmpty() ? EnumSet.of(CareGroup.ALL) : EnumSet.copyOf(careGroups);
        this.places = places;
    }

    public StabilityTally(StabilityYear year, Set<CareGroup> careGroups) {
        this(year, careGroups, PlacementPlaces.NOT_KNOWN);
    }

    public StabilityTally(StabilityYear year, PlacementPlaces places) {
        this(year, EnumSet.allOf(CareGroup.class), places);
    }

    public StabilityTally(StabilityYear year) {
        this(year, PlacementPlaces.NOT_KNOWN);
    }

    public void add(ChildHistory child) {
        boolean lookedAfter = year.lookedAfterAtYearEnd(child);
        boolean twoYears = lookedAfter && year.lookedAfterForTwoYears(child);
        boolean longTerm = lookedAfter && year.longTermCohort(child);
        List<PlacementSpell> moves = movesDuringTheYear(child);
        if (!lookedAfter && moves.isEmpty()) {
            return;
        }
        Episode atYearEnd = child.episodeOn(year.lastDay()).orElse(null);
        String placementType = atYearEnd == null ? null : atYearEnd.placementType();
        String distance = lookedAfter && !child.unaccompaniedAsylumSeeking() ? distanceFromHome(atYearEnd) : null;
        String area = lookedAfter ? area(atYearEnd) : null;
        for (CareGroup group : careGroups) {
            String cut = group.cut(child, year.lastDay());
            if (lookedAfter) {
                count(Measure.SHORT_TERM_STABILITY, cut, null, year.threeOrMorePlacements(child));
                count(Measure.LOOKED_AFTER_BY_PLACEMENT_TYPE, cut, placementType, true);
                count(Measure.PLACED_IN_AREA, cut, area, true);
            }
            if (distance != null) {
                count(Measure.DISTANCE_FROM_HOME, cut, distance, true);
            }
            if (twoYears) {
                count(Measure.TWO_YEAR_STABILITY, cut, null, year.threeOrMorePlacementsInTwoYears(child));
            }
            if (longTerm) {
                count(Measure.LONG_TERM_STABILITY, cut, null, year.stableForTwoYears(child));
            }
            for (PlacementSpell move : moves) {
                count(Measure.MOVES_BY_REASON, cut, reasonFor(child, move), true);
            }
        }
    }

    /** Every result, in a stable order: by measure, then cut, then category. */
    public List<MeasureResult> results() {
        List<MeasureResult> results = new ArrayList<>();
        Map<Key, long[]> denominators = new LinkedHashMap<>();
        counts.forEach((key, count) -> {
            if (key.category() != null) {
                denominators.computeIfAbsent(new Key(key.measure(), key.cut(), null), k -> new long[1])[0] += count[0];
            }
        });
        counts.forEach((key, count) -> {
            long denominator =
                    key.category() == null ? count[1] : denominators.get(new Key(key.measure(), key.cut(), null))[0];
            results.add(
                    new MeasureResult(key.measure(), year.year(), key.cut(), key.category(), count[0], denominator));
        });
        results.sort(Comparator.comparing(MeasureResult::measure)
                .thenComparing(result -> !"all".equals(result.cut()))
                .thenComparing(MeasureResult::cut)
                .thenComparing(result -> Objects.requireNonNullElse(result.category(), "")));
        return results;
    }

    private void count(Measure measure, String cut, String category, boolean inNumerator) {
        long[] count = counts.computeIfAbsent(new Key(measure, cut, category), key -> new long[2]);
        if (inNumerator) {
            count[0]++;
        }
        count[1]++;
    }

    /** Over or within 20 miles, between the centres of the home's and the placement's outward codes. */
    private String distanceFromHome(Episode episode) {
        if (blank(episode.homePostcode()) || blank(episode.placementPostcode())) {
            return NOT_KNOWN;
        }
        return places.centre(episode.homePostcode())
                .flatMap(home -> places.centre(episode.placementPostcode()).map(home::milesTo))
                .map(miles -> miles > FAR_FROM_HOME_MILES ? FAR : NEAR)
                .orElse(NOT_KNOWN);
    }

    private String area(Episode episode) {
        if (blank(episode.placementPostcode())) {
            return NOT_KNOWN;
        }
        return places.inCouncilArea(episode.placementPostcode())
                .map(inside -> inside ? INSIDE : OUTSIDE)
                .orElse(NOT_KNOWN);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Placements that began during the year with a move from another placement (not with the start of care). */
    private List<PlacementSpell> movesDuringTheYear(ChildHistory child) {
        return child.placements().stream()
                .filter(placement -> !placement.startsPeriodOfCare() && year.within(placement.start()))
                .toList();
    }

    /** REASON_PLACE_CHANGE is recorded on the episode that ended when the child moved. */
    private static String reasonFor(ChildHistory child, PlacementSpell move) {
        List<PlacementSpell> placements = child.placements();
        int index = placements.indexOf(move);
        String reason = index > 0 ? placements.get(index - 1).lastEpisode().reasonPlaceChange() : null;
        return reason == null || reason.isBlank() ? NOT_RECORDED : reason;
    }
}
