package uk.placementbroker.insight.indicators;

import java.time.LocalDate;

/**
 * One placement as the stability measures count it: it starts with an episode whose RNE starts a
 * placement (or with the start of care) and runs on through episodes that change the legal status only.
 *
 * @param end the day it ended (not itself part of it), or null while it goes on
 * @param newCarer whether the child had a different carer from the placement before (RNE S, P or B)
 * @param startsPeriodOfCare whether the child started to be looked after with it
 * @param lastEpisode the episode the child is in at the end of the placement
 */
record PlacementSpell(
        LocalDate start, LocalDate end, boolean newCarer, boolean startsPeriodOfCare, Episode lastEpisode) {

    boolean covers(LocalDate day) {
        return !start.isAfter(day) && (end == null || end.isAfter(day));
    }

    /** Whether any of it falls between the two days, both included. */
    boolean overlaps(LocalDate from, LocalDate to) {
        return !start.isAfter(to) && (end == null || end.isAfter(from));
    }

    boolean placedForAdoption() {
        return lastEpisode.placedForAdoption();
    }

    PlacementSpell continuedBy(Episode episode) {
        return new PlacementSpell(start, episode.end(), newCarer, startsPeriodOfCare, episode);
    }
}
