package uk.placementbroker.insight.records;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import uk.placementbroker.children.Child;
import uk.placementbroker.children.ChildRecords;
import uk.placementbroker.children.Episode;
import uk.placementbroker.insight.indicators.ChildHistory;
import uk.placementbroker.insight.indicators.IndicatorSettings;
import uk.placementbroker.insight.indicators.ReasonForNewEpisode;
import uk.placementbroker.insight.ssda903.ReturnContents;
import uk.placementbroker.insight.ssda903.Table;
import uk.placementbroker.insight.ssda903.TableReader;

/**
 * The council's own records in Placement Broker (children and their episodes, placements agreed here
 * among them) seen as a 903 return: for the same indicators as an imported return, and for the
 * Header and Episodes files the council sends the DfE.
 */
@Component
public class OwnRecords {

    private static final MonthDay YEAR_END = MonthDay.of(3, 31);

    private final ChildRecords childRecords;

    OwnRecords(ChildRecords childRecords) {
        this.childRecords = childRecords;
    }

    /** Every child's whole history, for the indicators of any year. */
    public ReturnContents contents(long localAuthorityId) {
        ReturnContents contents = new ReturnContents();
        int[] rowNumber = {1};
        childRecords.forEachChild(localAuthorityId, child -> {
            contents.add(Table.HEADER.fileName(), new TableReader.Row(Table.HEADER, ++rowNumber[0], 0, header(child)));
            for (Episode episode : child.episodes()) {
                contents.add(
                        Table.EPISODES.fileName(),
                        new TableReader.Row(Table.EPISODES, ++rowNumber[0], 0, episode(child, episode, null)));
            }
        });
        return contents;
    }

    /** Each child with their history as the stability rules see it, one at a time. */
    public void forEachHistory(long localAuthorityId, BiConsumer<Child, ChildHistory> each) {
        childRecords.forEachChild(
                localAuthorityId,
                child -> each.accept(
                        child,
                        new ChildHistory(
                                child.childReference(),
                                child.sex(),
                                child.dateOfBirth(),
                                child.ethnicity(),
                                false,
                                child.episodes().stream()
                                        .map(OwnRecords::stabilityEpisode)
                                        .toList(),
                                IndicatorSettings.DFE)));
    }

    private static uk.placementbroker.insight.indicators.Episode stabilityEpisode(Episode episode) {
        return new uk.placementbroker.insight.indicators.Episode(
                episode.startDate(),
                ReasonForNewEpisode.valueOf(episode.reasonForNewEpisode()),
                episode.legalStatus(),
                episode.placementType(),
                episode.placementProvider(),
                episode.endDate(),
                episode.reasonPlaceChange(),
                episode.homePostcode(),
                episode.placementPostcode(),
                episode.urn());
    }

    /**
     * The return for the year ending 31 March {@code year}, as the DfE asks for it: each child looked
     * after at any time in the year, with the episodes open during it; an episode that ended after
     * 31 March is given as still open.
     */
    public void yearReturn(
            long localAuthorityId,
            int year,
            Consumer<Map<String, String>> headers,
            Consumer<Map<String, String>> episodes) {
        LocalDate lastDay = YEAR_END.atYear(year);
        LocalDate firstDay = lastDay.minusYears(1).plusDays(1);
        childRecords.forEachChild(localAuthorityId, child -> {
            List<Episode> inYear = child.episodes().stream()
                    .filter(episode -> !episode.startDate().isAfter(lastDay)
                            && (episode.endDate() == null || !episode.endDate().isBefore(firstDay)))
                    .toList();
            if (!inYear.isEmpty()) {
                headers.accept(header(child));
                inYear.forEach(episode -> episodes.accept(episode(child, episode, lastDay)));
            }
        });
    }

    private static Map<String, String> header(Child child) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("CHILD", child.childReference());
        values.put("SEX", child.sex());
        values.put("DOB", child.dateOfBirth().toString());
        values.put("ETHNIC", child.ethnicity());
        values.put("UPN", child.upn());
        values.put("MOTHER", null);
        values.put("MC_DOB", null);
        return values;
    }

    /** @param asAt the last day the return covers: an episode ending after it is given as open; null for the whole history */
    private static Map<String, String> episode(Child child, Episode episode, LocalDate asAt) {
        boolean endsLater =
                episode.endDate() != null && asAt != null && episode.endDate().isAfter(asAt);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("CHILD", child.childReference());
        values.put("DECOM", episode.startDate().toString());
        values.put("RNE", episode.reasonForNewEpisode());
        values.put("LS", episode.legalStatus());
        values.put("CIN", episode.categoryOfNeed());
        values.put("PLACE", episode.placementType());
        values.put("PLACE_PROVIDER", episode.placementProvider());
        values.put(
                "DEC",
                episode.endDate() == null || endsLater
                        ? null
                        : episode.endDate().toString());
        values.put("REC", endsLater ? null : episode.reasonEpisodeCeased());
        values.put("REASON_PLACE_CHANGE", endsLater ? null : episode.reasonPlaceChange());
        values.put("HOME_POST", episode.homePostcode());
        values.put("PL_POST", episode.placementPostcode());
        values.put("URN", episode.urn());
        return values;
    }
}
