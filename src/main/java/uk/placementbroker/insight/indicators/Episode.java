package uk.placementbroker.insight.indicators;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * One row of a child's 903 Episodes table. An episode covers the days from its start (DECOM) up to,
 * but not including, its end (DEC): the next episode starts on the day this one ends, so a day
 * belongs to exactly one episode.
 *
 * @param start DECOM
 * @param reason RNE: why this episode started
 * @param legalStatus LS, such as C2 or V3
 * @param placementType PLACE, such as U6 or A5
 * @param placementProvider PLACE_PROVIDER, or null
 * @param end DEC, or null while the episode is open
 * @param reasonPlaceChange REASON_PLACE_CHANGE, or null
 * @param homePostcode HOME_POST (an outward code or full postcode), or null
 * @param placementPostcode PL_POST, or null
 * @param urn the Ofsted URN of the placement, or null
 */
public record Episode(
        LocalDate start,
        ReasonForNewEpisode reason,
        String legalStatus,
        String placementType,
        String placementProvider,
        LocalDate end,
        String reasonPlaceChange,
        String homePostcode,
        String placementPostcode,
        String urn) {

    /** Legal statuses of an agreed series of short-term breaks, left out of the stability measures. */
    static final Set<String> SHORT_BREAKS = Set.of("V3", "V4");

    private static final Set<String> ADOPTION = Set.of("A3", "A4", "A5", "A6");
    private static final Set<String> TEMPORARY = Set.of("T0", "T1", "T2", "T3", "T4");

    public Episode {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(legalStatus, "legalStatus");
        Objects.requireNonNull(placementType, "placementType");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("An episode cannot end (" + end + ") before it starts (" + start + ")");
        }
    }

    /** Whether the child was in this episode on that day. */
    public boolean covers(LocalDate day) {
        return !start.isAfter(day) && (end == null || end.isAfter(day));
    }

    public boolean shortBreak() {
        return SHORT_BREAKS.contains(legalStatus);
    }

    public boolean placedForAdoption() {
        return ADOPTION.contains(placementType);
    }

    public boolean temporary() {
        return TEMPORARY.contains(placementType);
    }

    /** Whether the child is in the same place as in the other episode: same placement type, postcode and URN. */
    boolean samePlaceAs(Episode other) {
        return placementType.equals(other.placementType)
                && Objects.equals(placementPostcode, other.placementPostcode)
                && Objects.equals(urn, other.urn);
    }
}
