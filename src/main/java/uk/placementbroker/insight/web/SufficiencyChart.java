package uk.placementbroker.insight.web;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import uk.placementbroker.insight.indicators.Sufficiency;

/** The sufficiency chart's data, read by {@code /js/charts.js}: the same numbers as the table of kinds of placement. */
final class SufficiencyChart {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SufficiencyChart() {}

    static String of(Sufficiency sufficiency) {
        List<Sufficiency.ByKind> kinds = sufficiency.byKind();
        return JSON.writeValueAsString(Map.of(
                "title", "Demand and vacant places by kind of placement",
                "kind", "bar",
                "unit", "children and places",
                "categories", kinds.stream().map(Sufficiency.ByKind::kind).toList(),
                "series",
                        List.of(
                                Map.of(
                                        "name",
                                        "Looked after now",
                                        "data",
                                        kinds.stream()
                                                .map(Sufficiency.ByKind::lookedAfter)
                                                .toList()),
                                Map.of(
                                        "name",
                                        "Open referrals",
                                        "data",
                                        kinds.stream()
                                                .map(Sufficiency.ByKind::referrals)
                                                .toList()),
                                Map.of(
                                        "name",
                                        "Vacant places",
                                        "data",
                                        kinds.stream()
                                                .map(Sufficiency.ByKind::places)
                                                .toList()))));
    }
}
