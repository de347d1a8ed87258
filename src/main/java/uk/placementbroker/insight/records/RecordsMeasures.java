package uk.placementbroker.insight.records;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import uk.placementbroker.children.ChildRecordsChanged;
import uk.placementbroker.identity.CouncilAreaChanged;
import uk.placementbroker.identity.LocalAuthority;
import uk.placementbroker.insight.indicators.ChildHistory;
import uk.placementbroker.insight.indicators.IndicatorSettings;
import uk.placementbroker.insight.indicators.MeasureResult;
import uk.placementbroker.insight.indicators.PlacementPlaces;
import uk.placementbroker.insight.indicators.StabilityTally;
import uk.placementbroker.insight.indicators.StabilityYear;
import uk.placementbroker.insight.returns.Measures;

/**
 * The same measures as an imported return's, computed from the council's own records for the last
 * five collection years. Each council's are kept for a minute, or until its records or area change
 * here, so that the page does not recount every child on every view (another instance's change shows
 * within the minute).
 */
@Component
public class RecordsMeasures {

    static final int YEARS = 5;
    static final Duration KEPT_FOR = Duration.ofMinutes(1);

    private record CouncilOn(long council, LocalDate day) {}

    private final OwnRecords ownRecords;
    private final CouncilPlaces places;
    private final Kept<CouncilOn, List<Measures.Row>> computed = new Kept<>(KEPT_FOR);

    RecordsMeasures(OwnRecords ownRecords, CouncilPlaces places) {
        this.ownRecords = ownRecords;
        this.places = places;
    }

    /** Every measure and cut, in the shape of the stored measures of imported returns. */
    public List<Measures.Row> of(List<LocalAuthority> councils) {
        List<Measures.Row> rows = new ArrayList<>();
        LocalDate today = LocalDate.now();
        for (LocalAuthority council : councils) {
            rows.addAll(computed.get(new CouncilOn(council.id(), today), () -> compute(council.id(), today)));
        }
        return rows;
    }

    /** After the change commits, so that nothing read before it is kept. */
    @TransactionalEventListener(fallbackExecution = true)
    public void recordsChanged(ChildRecordsChanged changed) {
        computed.forget(question -> question.council() == changed.localAuthorityId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void areaChanged(CouncilAreaChanged changed) {
        computed.forget(question -> question.council() == changed.localAuthorityId());
    }

    private List<Measures.Row> compute(long council, LocalDate today) {
        List<Measures.Row> rows = new ArrayList<>();
        int latest = latestCompleteYear(today);
        // The product's own episodes are kept in order and never overlap, so they need none of an imported return's
        // checks.
        List<ChildHistory> histories = new ArrayList<>();
        ownRecords.forEachHistory(council, (child, history) -> histories.add(history));
        PlacementPlaces councilPlaces = places.of(council);
        for (int year = latest - YEARS + 1; year <= latest; year++) {
            StabilityTally tally = new StabilityTally(new StabilityYear(year, IndicatorSettings.DFE), councilPlaces);
            histories.forEach(tally::add);
            for (MeasureResult result : tally.results()) {
                rows.add(new Measures.Row(
                        council,
                        year,
                        result.measure().key(),
                        result.cut(),
                        result.category() == null ? "" : result.category(),
                        result.numerator(),
                        result.denominator()));
            }
        }
        return List.copyOf(rows);
    }

    /** The last year ending 31 March that is over: on 26 November 2026, the year ending 31 March 2026. */
    public static int latestCompleteYear(LocalDate today) {
        return today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
    }
}
