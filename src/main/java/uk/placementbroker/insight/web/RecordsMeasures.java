package uk.placementbroker.insight.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.placementbroker.identity.LocalAuthority;
import uk.placementbroker.insight.indicators.ChildHistory;
import uk.placementbroker.insight.indicators.IndicatorSettings;
import uk.placementbroker.insight.indicators.MeasureResult;
import uk.placementbroker.insight.indicators.PlacementPlaces;
import uk.placementbroker.insight.indicators.StabilityTally;
import uk.placementbroker.insight.indicators.StabilityYear;

/** The same measures as an imported return's, computed from the council's own records for the last five collection years. */
@Component
class RecordsMeasures {

    static final int YEARS = 5;

    private final OwnRecords ownRecords;
    private final CouncilPlaces places;

    RecordsMeasures(OwnRecords ownRecords, CouncilPlaces places) {
        this.ownRecords = ownRecords;
        this.places = places;
    }

    /** Every measure and cut, in the shape of the stored measures of imported returns. */
    List<Measures.Row> of(List<LocalAuthority> councils) {
        List<Measures.Row> rows = new ArrayList<>();
        int latest = latestCompleteYear(LocalDate.now());
        for (LocalAuthority council : councils) {
            // The product's own episodes are kept in order and never overlap, so they need none of an imported return's checks.
            List<ChildHistory> histories = new ArrayList<>();
            ownRecords.forEachHistory(council.id(), (child, history) -> histories.add(history));
            PlacementPlaces councilPlaces = places.of(council.id());
            for (int year = latest - YEARS + 1; year <= latest; year++) {
                StabilityTally tally = new StabilityTally(new StabilityYear(year, IndicatorSettings.DFE), councilPlaces);
                histories.forEach(tally::add);
                for (MeasureResult result : tally.results()) {
                    rows.add(new Measures.Row(council.id(), year, result.measure().key(), result.cut(),
                            result.category() == null ? "" : result.category(), result.numerator(), result.denominator()));
                }
            }
        }
        return rows;
    }

    /** The last year ending 31 March that is over: on 26 November 2026, the year ending 31 March 2026. */
    static int latestCompleteYear(LocalDate today) {
        return today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
    }
}
