package uk.placementbroker.insight.indicators;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.placementbroker.shared.PlacementType;

/**
 * Demand for placements against supply, as a commissioner sets them side by side in a sufficiency
 * strategy: children looked after now and open referrals (demand), by the kind of placement, the
 * child's age band and the district they come from, against the places vacant in the market directory
 * that could take them (supply). Given one child, referral or vacancy at a time.
 */
public final class Sufficiency {

    /** The age bands of the DfE's looked-after children statistics, up to 17. */
    public enum AgeBand {
        UNDER_5("Under 5", 0, 4),
        FROM_5_TO_10("5 to 10", 5, 10),
        FROM_11_TO_15("11 to 15", 11, 15),
        FROM_16_TO_17("16 and 17", 16, 17);

        private final String words;
        private final int youngest;
        private final int oldest;

        AgeBand(String words, int youngest, int oldest) {
            this.words = words;
            this.youngest = youngest;
            this.oldest = oldest;
        }

        public String words() {
            return words;
        }

        static AgeBand of(int age) {
            for (AgeBand band : values()) {
                if (age <= band.oldest) {
                    return band;
                }
            }
            return FROM_16_TO_17;
        }

        boolean overlaps(int minimumAge, int maximumAge) {
            return minimumAge <= oldest && maximumAge >= youngest;
        }
    }

    /**
     * One kind of placement for one age band.
     *
     * @param places vacant places whose age range takes a child of this band (a place open to several bands counts in each)
     */
    public record ByKindAndAge(PlacementType type, AgeBand band, int lookedAfter, int referrals, int places) {

        public String kind() {
            return label(type);
        }
    }

    /** One kind of placement, all ages: each vacant place counted once. */
    public record ByKind(PlacementType type, int lookedAfter, int referrals, int places) {

        public String kind() {
            return label(type);
        }
    }

    /** One district: where demand comes from, and where vacant places are. */
    public record ByDistrict(String district, int lookedAfter, int referrals, int places) {}

    static final String NOT_KNOWN = "Not known";

    private final Map<PlacementType, int[][]> needs = new EnumMap<>(PlacementType.class);
    private final Map<PlacementType, int[]> kinds = new EnumMap<>(PlacementType.class);
    private final Map<String, int[]> areas = new TreeMap<>();
    private int otherPlacements;

    /** "Children's home" for "a children's home": a heading, not part of a sentence. */
    static String label(PlacementType type) {
        String words = type.words().replaceFirst("^an? ", "");
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The kind of placement a 903 PLACE code is, if it is one that is brokered. */
    public static PlacementType typeOf(String placeCode) {
        return PlacementType.ofPlaceCode(placeCode).orElse(null);
    }

    /** A child looked after now, in a placement of this 903 PLACE code. */
    public void lookedAfter(String placeCode, int age, String district) {
        PlacementType type = typeOf(placeCode);
        if (type == null) {
            otherPlacements++;
            return;
        }
        cells(type)[AgeBand.of(age).ordinal()][0]++;
        kind(type)[0]++;
        area(district)[0]++;
    }

    /** An open referral for a child of this age, for this kind of placement first. */
    public void referral(PlacementType type, int age, String district) {
        cells(type)[AgeBand.of(age).ordinal()][1]++;
        kind(type)[1]++;
        area(district)[1]++;
    }

    /** Vacant places in a home of this kind taking children of these ages. */
    public void vacancy(PlacementType type, int minimumAge, int maximumAge, int places, String district) {
        for (AgeBand band : AgeBand.values()) {
            if (band.overlaps(minimumAge, maximumAge)) {
                cells(type)[band.ordinal()][2] += places;
            }
        }
        kind(type)[2] += places;
        area(district)[2] += places;
    }

    /** Every kind of placement with anything in it, each age band in order. */
    public List<ByKindAndAge> byKindAndAge() {
        List<ByKindAndAge> result = new ArrayList<>();
        needs.forEach((type, bands) -> {
            for (AgeBand band : AgeBand.values()) {
                int[] cell = bands[band.ordinal()];
                result.add(new ByKindAndAge(type, band, cell[0], cell[1], cell[2]));
            }
        });
        return result;
    }

    /** Every kind of placement with anything in it. */
    public List<ByKind> byKind() {
        List<ByKind> result = new ArrayList<>();
        kinds.forEach((type, counts) -> result.add(new ByKind(type, counts[0], counts[1], counts[2])));
        return result;
    }

    /** Districts by name, the district not known last. */
    public List<ByDistrict> byDistrict() {
        List<ByDistrict> result = new ArrayList<>();
        areas.forEach((district, counts) -> {
            if (!district.equals(NOT_KNOWN)) {
                result.add(new ByDistrict(district, counts[0], counts[1], counts[2]));
            }
        });
        if (areas.containsKey(NOT_KNOWN)) {
            int[] counts = areas.get(NOT_KNOWN);
            result.add(new ByDistrict(NOT_KNOWN, counts[0], counts[1], counts[2]));
        }
        return result;
    }

    /** Children looked after in placements that are not brokered: placed for adoption, with parents, in hospital and so on. */
    public int otherPlacements() {
        return otherPlacements;
    }

    private int[][] cells(PlacementType type) {
        return needs.computeIfAbsent(type, ignored -> new int[AgeBand.values().length][3]);
    }

    private int[] kind(PlacementType type) {
        return kinds.computeIfAbsent(type, ignored -> new int[3]);
    }

    private int[] area(String district) {
        return areas.computeIfAbsent(
                district == null || district.isBlank() ? NOT_KNOWN : district, ignored -> new int[3]);
    }
}
