package uk.placementbroker.insight.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;
import uk.placementbroker.identity.LocalAuthority;
import uk.placementbroker.insight.indicators.Measure;
import uk.placementbroker.insight.returns.Measures;

/** The numbers of the manager's page, arranged as its tables and charts show them. */
public final class StabilityPage {

    /** One figure: how many of how many, and the percentage (null when nobody was counted). */
    public record Figure(long numerator, long denominator, Double percent) {

        static final Figure NONE = new Figure(0, 0, null);

        public String text() {
            return percent == null ? "No children" : percent + "% (" + numerator + " of " + denominator + ")";
        }
    }

    /**
     * A measure over the years, one column per council: what the chart draws and the table beside it lists.
     *
     * @param counts whether the figure to show is the number of children (the measure's denominator) rather than the percentage
     */
    public record Trend(
            String id,
            String title,
            String description,
            List<String> councils,
            List<Integer> years,
            List<List<Figure>> figures,
            boolean counts) {

        /** The chart's data as JSON, read by {@code /js/charts.js}: the same numbers as the table. */
        public String chart() {
            List<Map<String, Object>> series = new ArrayList<>();
            for (int council = 0; council < councils.size(); council++) {
                int column = council;
                series.add(Map.of(
                        "name",
                        councils.get(council),
                        "data",
                        figures.stream()
                                .map(row -> counts
                                        ? (Object) row.get(column).denominator()
                                        : row.get(column).percent())
                                .toList()));
            }
            return JSON.writeValueAsString(
                    Map.of("title", title, "years", years, "series", series, "unit", counts ? "children" : "%"));
        }

        public String text(Figure figure) {
            return counts ? String.valueOf(figure.denominator()) : figure.text();
        }

        public boolean empty() {
            return years.isEmpty();
        }
    }

    /** A measure broken down by category (placement type, reason for a move) for one council and year. */
    public record Breakdown(String id, String title, int year, List<Map.Entry<String, Figure>> categories) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StabilityPage() {}

    static Trend trend(Measure measure, String title, List<LocalAuthority> councils, List<Measures.Row> rows) {
        return trend(measure, title, councils, rows, false);
    }

    /** How many children each year's measure counted (its denominator). */
    static Trend counts(
            Measure measure, String title, String description, List<LocalAuthority> councils, List<Measures.Row> rows) {
        Trend counts = trend(measure, title, councils, rows, true);
        return new Trend(counts.id(), title, description, counts.councils(), counts.years(), counts.figures(), true);
    }

    /** The share in one category of a measure (such as placed over 20 miles from home) over the years, council by council. */
    static Trend share(
            Measure measure, String category, String title, List<LocalAuthority> councils, List<Measures.Row> rows) {
        Trend share = trend(measure, category, title, councils, rows, false);
        return new Trend(
                measure.key() + "-" + category.replaceAll("[^a-z0-9]+", "-"),
                title,
                share.description()
                        + ". A child whose postcodes cannot be placed counts as not known, in none of the shares",
                share.councils(),
                share.years(),
                share.figures(),
                false);
    }

    private static Trend trend(
            Measure measure, String title, List<LocalAuthority> councils, List<Measures.Row> rows, boolean counts) {
        return trend(measure, "", title, councils, rows, counts);
    }

    private static Trend trend(
            Measure measure,
            String category,
            String title,
            List<LocalAuthority> councils,
            List<Measures.Row> rows,
            boolean counts) {
        List<Measures.Row> ofMeasure = rows.stream()
                .filter(row ->
                        row.measure().equals(measure.key()) && row.category().equals(category))
                .toList();
        // Every year the measure counted anyone, even where nobody fell in this category.
        List<Integer> years = new ArrayList<>(new TreeSet<>(rows.stream()
                .filter(row -> row.measure().equals(measure.key()))
                .map(Measures.Row::collectionYear)
                .toList()));
        List<List<Figure>> figures = new ArrayList<>();
        for (int year : years) {
            List<Figure> row = new ArrayList<>();
            for (LocalAuthority council : councils) {
                row.add(ofMeasure.stream()
                        .filter(measureRow ->
                                measureRow.collectionYear() == year && measureRow.localAuthorityId() == council.id())
                        .findFirst()
                        .map(measureRow ->
                                new Figure(measureRow.numerator(), measureRow.denominator(), measureRow.percent()))
                        .orElseGet(() -> noneIn(measure, category, year, council, rows)));
            }
            figures.add(row);
        }
        return new Trend(
                measure.key() + (counts ? "-count" : ""),
                title,
                measure.description(),
                councils.stream().map(LocalAuthority::name).toList(),
                years,
                figures,
                counts);
    }

    /** Nobody in the category: none of the children the measure counted that year, or no children at all. */
    private static Figure noneIn(
            Measure measure, String category, int year, LocalAuthority council, List<Measures.Row> rows) {
        if (category.isEmpty()) {
            return Figure.NONE;
        }
        return rows.stream()
                .filter(row -> row.measure().equals(measure.key())
                        && row.collectionYear() == year
                        && row.localAuthorityId() == council.id()
                        && !row.category().isEmpty())
                .findFirst()
                .map(row -> new Figure(0, row.denominator(), row.denominator() == 0 ? null : 0.0))
                .orElse(Figure.NONE);
    }

    /** The council's latest year broken down by category, largest first. */
    static Breakdown breakdown(Measure measure, String title, long council, List<Measures.Row> rows) {
        List<Measures.Row> ofMeasure = rows.stream()
                .filter(row -> row.measure().equals(measure.key())
                        && row.localAuthorityId() == council
                        && !row.category().isEmpty())
                .toList();
        int latest =
                ofMeasure.stream().mapToInt(Measures.Row::collectionYear).max().orElse(0);
        Map<String, Figure> categories = ofMeasure.stream()
                .filter(row -> row.collectionYear() == latest)
                .sorted(Comparator.comparingLong(Measures.Row::numerator)
                        .reversed()
                        .thenComparing(Measures.Row::category))
                .collect(Collectors.toMap(
                        row -> withWords(measure, row.category()),
                        row -> new Figure(row.numerator(), row.denominator(), row.percent()),
                        (a, b) -> a,
                        LinkedHashMap::new));
        return new Breakdown(measure.key(), title, latest, List.copyOf(categories.entrySet()));
    }

    /** A 903 code as a manager reads it, its words beside it. */
    private static String withWords(Measure measure, String category) {
        return switch (measure) {
            case LOOKED_AFTER_BY_PLACEMENT_TYPE ->
                uk.placementbroker.children.Codes903.placementTypeWithWords(category);
            case MOVES_BY_REASON -> uk.placementbroker.children.Codes903.reasonPlaceChangeWithWords(category);
            default -> category;
        };
    }

    /** "sex=2" as a person reads it: "Sex: female". */
    static String describeCut(String cut) {
        if (cut == null || cut.equals("all")) {
            return "All children";
        }
        String[] parts = cut.split("=", 2);
        String value = parts.length > 1 ? parts[1] : "";
        return switch (parts[0]) {
            case "ageAtFirstEntry" -> "Age at first entry to care: " + value.replace("-", " to ");
            case "sex" -> "Sex: " + (value.equals("1") ? "male" : value.equals("2") ? "female" : value);
            case "ethnicity" -> "Ethnicity: " + value;
            case "uasc" ->
                value.equals("yes") ? "Unaccompanied asylum-seeking children" : "Children not seeking asylum alone";
            case "legalStatus" -> "Legal status on 31 March: " + value;
            case "placementType" -> "Placement type on 31 March: " + value;
            default -> Objects.toString(cut);
        };
    }

    /** Bars for each group: the share ended unplanned and the share of outcomes achieved, the same as the table. */
    static String endingsChart(List<uk.placementbroker.placement.PlacementMeasures.Group> groups) {
        List<Object> unplanned = new ArrayList<>();
        List<Object> achieved = new ArrayList<>();
        groups.forEach(group -> {
            unplanned.add(group.unplannedPercent());
            achieved.add(group.achievedPercent());
        });
        return JSON.writeValueAsString(Map.of(
                "categories",
                groups.stream()
                        .map(uk.placementbroker.placement.PlacementMeasures.Group::name)
                        .toList(),
                "kind",
                "bar",
                "unit",
                "%",
                "series",
                List.of(
                        Map.of("name", "Ended unplanned", "data", unplanned),
                        Map.of("name", "Outcomes achieved", "data", achieved))));
    }
}
