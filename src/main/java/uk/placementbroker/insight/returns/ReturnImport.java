package uk.placementbroker.insight.returns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.placementbroker.identity.AuditAction;
import uk.placementbroker.identity.AuditLog;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.insight.InsightAccess;
import uk.placementbroker.insight.indicators.DriftRules;
import uk.placementbroker.insight.indicators.IndicatorSettings;
import uk.placementbroker.insight.indicators.MeasureResult;
import uk.placementbroker.insight.indicators.PlacementPlaces;
import uk.placementbroker.insight.indicators.StabilityTally;
import uk.placementbroker.insight.indicators.StabilityYear;
import uk.placementbroker.insight.records.CouncilPlaces;
import uk.placementbroker.insight.ssda903.Problem;
import uk.placementbroker.insight.ssda903.Problems;
import uk.placementbroker.insight.ssda903.ReturnReader;

/**
 * Imports one collection year of a council's 903 return, all or nothing: rows are written as they
 * are read, in one transaction that is rolled back if any fatal problem is found; then every year's
 * measures for the council are computed again, since a new year can change the history earlier
 * years' long-term measures look back on.
 */
@Service
public class ReturnImport {

    /** The return was refused: nothing of it was kept. */
    public static final class Rejected extends RuntimeException {

        private final transient Problems problems;

        Rejected(Problems problems) {
            super(problems.fatalCount() + " problem(s) in the return", null, false, false);
            this.problems = problems;
        }

        Problems problems() {
            return problems;
        }
    }

    public record Imported(long returnId, int year, int children, long episodes, Problems problems) {}

    /** Told as the import goes, for the progress bar. */
    public interface Progress {
        void rowsRead(long rows);

        void computing(long rows);

        /** Each problem found, fatal or not, as it is found. */
        default void problem(Problem problem) {}
    }

    private final Returns returns;
    private final AuditLog auditLog;
    private final CouncilPlaces places;

    ReturnImport(Returns returns, AuditLog auditLog, CouncilPlaces places) {
        this.returns = returns;
        this.auditLog = auditLog;
        this.places = places;
    }

    @Transactional
    public Imported importReturn(
            CurrentUser user, int year, List<ReturnReader.Source> sources, boolean repairOverlaps, Progress progress) {
        long localAuthorityId = InsightAccess.councilImportedBy(user);
        String fileNames = sources.stream().map(ReturnReader.Source::name).collect(Collectors.joining(", "));
        long returnId = returns.replace(localAuthorityId, year, user.username(), fileNames, repairOverlaps);
        Returns.RowWriter rows = returns.rowWriter(returnId);
        long[] rowsRead = {0};
        // Row by row into the database, keeping none of it here; then each child's whole history is checked from the
        // rows kept, a child at a time, so that memory does not grow with the return.
        ReturnReader.Rows read = new ReturnReader(Problems.DEFAULT_LIMIT, progress::problem)
                .readRows(sources, year, (file, row) -> {
                    rows.add(row);
                    progress.rowsRead(++rowsRead[0]);
                });
        Problems problems = read.problems();
        if (sources.isEmpty()) {
            problems.fatal("files", 0, null, "Choose the return's CSV files or its XML file");
            throw new Rejected(problems);
        }
        rows.flush();
        int[] children = {0};
        long[] episodes = {0};
        returns.eachChildOf(returnId, read.fileOfTable(), child -> {
            child.check(problems, repairOverlaps);
            children[0] += child.children();
            episodes[0] += child.episodeCount();
        });
        if (problems.anyFatal()) {
            throw new Rejected(problems);
        }
        progress.computing(rowsRead[0]);
        returns.finish(returnId, children[0], (int) episodes[0], problems.warningCount());
        recomputeMeasures(localAuthorityId);
        auditLog.record(
                AuditAction.CREATED,
                "903 return",
                returnId,
                "year " + year + ": " + children[0] + " children, " + episodes[0] + " episodes from " + fileNames);
        return new Imported(returnId, year, children[0], episodes[0], problems);
    }

    /**
     * Every year's measures, and the reviews overdue on the latest return's 31 March for the drift list, from every
     * year's rows, a child at a time (the stored rows have passed the import's checks, overlaps included), so that
     * memory does not grow with the returns and no page has to read them all again.
     */
    @Transactional
    public void recomputeMeasures(long localAuthorityId) {
        PlacementPlaces councilPlaces = places.of(localAuthorityId);
        List<Integer> years = returns.years(localAuthorityId);
        List<StabilityTally> tallies = years.stream()
                .map(year -> new StabilityTally(new StabilityYear(year, IndicatorSettings.DFE), councilPlaces))
                .toList();
        LocalDate asAt = years.isEmpty() ? null : LocalDate.of(years.get(years.size() - 1), 3, 31);
        Map<String, List<LocalDate>> reviews = asAt == null ? Map.of() : returns.reviewsOf(localAuthorityId);
        List<Returns.ReviewOverdue> overdue = new ArrayList<>();
        returns.eachChild(localAuthorityId, history -> {
            tallies.forEach(tally -> tally.add(history));
            if (asAt != null) {
                DriftRules.reviewOverdueSince(history, reviews.getOrDefault(history.child(), List.of()), asAt)
                        .ifPresent(due -> overdue.add(new Returns.ReviewOverdue(
                                history.child(),
                                history.episodeOn(asAt)
                                        .map(episode -> episode.placementType())
                                        .orElse(null),
                                history.withTheSameCarerSince(asAt).orElse(null),
                                due)));
            }
        });
        List<MeasureResult> results = new ArrayList<>();
        tallies.forEach(tally -> results.addAll(tally.results()));
        returns.replaceMeasures(localAuthorityId, results);
        if (asAt != null) {
            returns.replaceReviewsOverdue(localAuthorityId, asAt, overdue);
        }
    }
}
