package uk.placementbroker.insight.ssda903;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import uk.placementbroker.insight.indicators.ChildHistory;
import uk.placementbroker.insight.indicators.Episode;
import uk.placementbroker.insight.indicators.IndicatorSettings;
import uk.placementbroker.insight.indicators.ReasonForNewEpisode;

/**
 * What the stability measures need from one council's return (or several years of it): each child's
 * Header facts, whether they are in the UASC table, and their episodes; and the checks of those
 * episodes that need a child's whole history (overlaps, episodes going backwards).
 *
 * <p>Where a multi-year file holds the same episode (child and DECOM) for several years, the latest
 * year's row is the one kept.
 */
public final class ReturnContents {

    /** The Header facts the measures cut by. */
    public record HeaderFacts(String sex, LocalDate dateOfBirth, String ethnicity, long row) {}

    /** One episode with where it came from, so that a problem can name its row. */
    public record EpisodeLine(String file, long row, int year, Episode episode) {}

    private final Map<String, HeaderFacts> headers = new HashMap<>();
    private final Set<String> unaccompaniedAsylumSeeking = new HashSet<>();
    private final Map<String, Map<LocalDate, EpisodeLine>> episodes = new TreeMap<>();

    public void add(String file, TableReader.Row row) {
        switch (row.table()) {
            case HEADER ->
                headers.put(
                        row.get("CHILD"),
                        new HeaderFacts(
                                row.get("SEX"), LocalDate.parse(row.get("DOB")), row.get("ETHNIC"), row.number()));
            case UASC -> unaccompaniedAsylumSeeking.add(row.get("CHILD"));
            case EPISODES -> {
                EpisodeLine line = new EpisodeLine(file, row.number(), row.year(), episode(row));
                episodes.computeIfAbsent(row.get("CHILD"), child -> new TreeMap<>())
                        .merge(
                                line.episode().start(),
                                line,
                                (kept, other) -> other.year() >= kept.year() ? other : kept);
            }
            default -> {}
        }
    }

    public int children() {
        return headers.size();
    }

    public long episodeCount() {
        return episodes.values().stream().mapToLong(Map::size).sum();
    }

    /**
     * Checks every child's episodes: an episode that ends before it starts is fatal; one that is still
     * open, or ends after the next one starts, overlaps it, and is fatal unless {@code repairOverlaps},
     * when it is ended on the day the next begins and a warning says so; a child with episodes but no
     * Header row is fatal.
     */
    public void check(Problems problems, boolean repairOverlaps) {
        for (Map.Entry<String, Map<LocalDate, EpisodeLine>> child : episodes.entrySet()) {
            List<EpisodeLine> lines = new ArrayList<>(child.getValue().values());
            if (!headers.containsKey(child.getKey())) {
                EpisodeLine first = lines.get(0);
                problems.fatal(
                        first.file(),
                        first.row(),
                        "CHILD",
                        "child " + child.getKey() + " has episodes but no row in the Header table");
            }
            for (int i = 0; i + 1 < lines.size(); i++) {
                EpisodeLine line = lines.get(i);
                EpisodeLine next = lines.get(i + 1);
                LocalDate end = line.episode().end();
                if (end == null || end.isAfter(next.episode().start())) {
                    String overlap = (end == null ? "is still open" : "ends on " + end)
                            + " but the child's next episode starts on "
                            + next.episode().start() + " (" + next.file() + " row " + next.row() + ")";
                    if (repairOverlaps) {
                        problems.warning(
                                line.file(),
                                line.row(),
                                "DEC",
                                overlap + ": ended on " + next.episode().start());
                        child.getValue()
                                .put(
                                        line.episode().start(),
                                        endedOn(line, next.episode().start()));
                    } else {
                        problems.fatal(line.file(), line.row(), "DEC", overlap);
                    }
                }
            }
        }
    }

    /** Every child with episodes, one at a time, in child order. */
    public Stream<ChildHistory> histories(IndicatorSettings settings) {
        return episodes.entrySet().stream()
                .filter(child -> headers.containsKey(child.getKey()))
                .map(child -> {
                    HeaderFacts header = headers.get(child.getKey());
                    List<Episode> childEpisodes = child.getValue().values().stream()
                            .map(EpisodeLine::episode)
                            .sorted(Comparator.comparing(Episode::start))
                            .toList();
                    return new ChildHistory(
                            child.getKey(),
                            header.sex(),
                            header.dateOfBirth(),
                            header.ethnicity(),
                            unaccompaniedAsylumSeeking.contains(child.getKey()),
                            childEpisodes,
                            settings);
                });
    }

    private static EpisodeLine endedOn(EpisodeLine line, LocalDate end) {
        Episode episode = line.episode();
        return new EpisodeLine(
                line.file(),
                line.row(),
                line.year(),
                new Episode(
                        episode.start(),
                        episode.reason(),
                        episode.legalStatus(),
                        episode.placementType(),
                        episode.placementProvider(),
                        end,
                        episode.reasonPlaceChange(),
                        episode.homePostcode(),
                        episode.placementPostcode(),
                        episode.urn()));
    }

    /** Assumes a row that passed the specification's checks; DEC before DECOM is reported by {@link #checkEpisodeRow}. */
    static Episode episode(TableReader.Row row) {
        LocalDate start = LocalDate.parse(row.get("DECOM"));
        LocalDate end = row.get("DEC") == null ? null : LocalDate.parse(row.get("DEC"));
        return new Episode(
                start,
                ReasonForNewEpisode.valueOf(row.get("RNE")),
                row.get("LS"),
                row.get("PLACE"),
                row.get("PLACE_PROVIDER"),
                end,
                row.get("REASON_PLACE_CHANGE"),
                row.get("HOME_POST"),
                row.get("PL_POST"),
                row.get("URN"));
    }

    /** Whether an episode row can be kept: one that ends before it starts goes backwards, and is fatal. */
    static boolean checkEpisodeRow(String file, TableReader.Row row, Problems problems) {
        String start = row.get("DECOM");
        String end = row.get("DEC");
        if (end != null && end.compareTo(start) < 0) {
            problems.fatal(
                    file, row.number(), "DEC", "the episode ends (" + end + ") before it starts (" + start + ")");
            return false;
        }
        if (end == null && row.get("REC") != null) {
            problems.warning(
                    file,
                    row.number(),
                    "REC",
                    "REC is " + row.get("REC") + " but DEC is blank: the episode is taken as still open");
        }
        return true;
    }
}
