package uk.placementbroker.insight.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a child's 903 history the way a social worker would tell it: "came into care on …, moved
 * on …, left care on …". Each new episode ends the one before it on the same day.
 */
final class ChildHistoryFixture {

    private String child = "C1";
    private LocalDate dateOfBirth = LocalDate.of(2012, 6, 1);
    private String sex = "1";
    private String ethnicity = "WBRI";
    private boolean uasc;
    private IndicatorSettings settings = IndicatorSettings.DFE;
    private final List<Episode> episodes = new ArrayList<>();

    static ChildHistoryFixture aChild() {
        return new ChildHistoryFixture();
    }

    ChildHistoryFixture called(String child) {
        this.child = child;
        return this;
    }

    ChildHistoryFixture bornOn(String date) {
        this.dateOfBirth = LocalDate.parse(date);
        return this;
    }

    ChildHistoryFixture female() {
        this.sex = "2";
        return this;
    }

    ChildHistoryFixture unaccompaniedAsylumSeeking() {
        this.uasc = true;
        return this;
    }

    ChildHistoryFixture countingTemporaryPlacements() {
        this.settings = new IndicatorSettings(true, settings.excludeShortBreaks());
        return this;
    }

    ChildHistoryFixture includingShortBreaks() {
        this.settings = new IndicatorSettings(settings.countTemporaryPlacements(), false);
        return this;
    }

    /** Starts to be looked after (RNE S) under a care order, in foster care (U6). */
    ChildHistoryFixture entersCareOn(String date) {
        return episode(date, ReasonForNewEpisode.S, "C2", "U6", "NN1");
    }

    ChildHistoryFixture entersCareOn(String date, String legalStatus, String placementType) {
        return episode(date, ReasonForNewEpisode.S, legalStatus, placementType, "NN1");
    }

    /** Moves to a new carer (RNE P). */
    ChildHistoryFixture movesOn(String date) {
        return movesOn(date, "U6", "NN" + (episodes.size() + 1));
    }

    ChildHistoryFixture movesOn(String date, String placementType, String postcode) {
        return episode(date, ReasonForNewEpisode.P, currentLegalStatus(), placementType, postcode);
    }

    /** Moves with the same carer (RNE T), for example when the carer moves house. */
    ChildHistoryFixture movesWithTheSameCarerOn(String date, String placementType) {
        return episode(date, ReasonForNewEpisode.T, currentLegalStatus(), placementType, "NN" + (episodes.size() + 1));
    }

    /** Legal status changes, placement stays (RNE L). */
    ChildHistoryFixture legalStatusChangesOn(String date, String legalStatus) {
        Episode current = current();
        return episode(date, ReasonForNewEpisode.L, legalStatus, current.placementType(), current.placementPostcode());
    }

    /** Goes back to where they were before the temporary placement (RNE P, same place). */
    ChildHistoryFixture returnsOn(String date, int episodeNumber) {
        Episode before = episodes.get(episodeNumber - 1);
        return episode(
                date, ReasonForNewEpisode.P, before.legalStatus(), before.placementType(), before.placementPostcode());
    }

    ChildHistoryFixture leavesCareOn(String date) {
        Episode current = episodes.remove(episodes.size() - 1);
        episodes.add(new Episode(
                current.start(),
                current.reason(),
                current.legalStatus(),
                current.placementType(),
                current.placementProvider(),
                LocalDate.parse(date),
                current.reasonPlaceChange(),
                current.homePostcode(),
                current.placementPostcode(),
                current.urn()));
        return this;
    }

    ChildHistoryFixture episode(
            String date, ReasonForNewEpisode reason, String legalStatus, String placementType, String postcode) {
        return episode(date, reason, legalStatus, placementType, postcode, null);
    }

    ChildHistoryFixture episode(
            String date,
            ReasonForNewEpisode reason,
            String legalStatus,
            String placementType,
            String postcode,
            String reasonPreviousPlacementChanged) {
        LocalDate start = LocalDate.parse(date);
        if (!episodes.isEmpty() && current().end() == null && reason != ReasonForNewEpisode.S) {
            Episode current = episodes.remove(episodes.size() - 1);
            episodes.add(new Episode(
                    current.start(),
                    current.reason(),
                    current.legalStatus(),
                    current.placementType(),
                    current.placementProvider(),
                    start,
                    reasonPreviousPlacementChanged,
                    current.homePostcode(),
                    current.placementPostcode(),
                    current.urn()));
        }
        episodes.add(new Episode(start, reason, legalStatus, placementType, "PR1", null, null, "NN9", postcode, null));
        return this;
    }

    ChildHistory build() {
        return new ChildHistory(child, sex, dateOfBirth, ethnicity, uasc, episodes, settings);
    }

    private Episode current() {
        return episodes.get(episodes.size() - 1);
    }

    private String currentLegalStatus() {
        return current().legalStatus();
    }
}
