package uk.placementbroker.children;

import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One row of the 903 Episodes table: a period in which the child's legal status, placement and
 * carer stayed the same. Codes are exactly the DfE's.
 *
 * @param reasonForNewEpisode RNE: S, L, P, T, B or U
 * @param legalStatus LS, such as C2 (full care order) or V2 (section 20)
 * @param categoryOfNeed CIN, N1 to N8
 * @param placementType PLACE, such as U6 (foster placement, not long term)
 * @param endDate DEC, or null while the episode is open
 */
@Table("children_episode")
public record Episode(
        LocalDate startDate,
        String reasonForNewEpisode,
        String legalStatus,
        String categoryOfNeed,
        String placementType,
        String placementProvider,
        LocalDate endDate,
        String reasonEpisodeCeased,
        String reasonPlaceChange,
        String homePostcode,
        String placementPostcode,
        String urn) {

    public boolean open() {
        return endDate == null;
    }

    /** Whether the child was (or is) in this episode on the day: a placement agreed to start later is not yet. */
    public boolean covers(LocalDate day) {
        return !startDate.isAfter(day) && (endDate == null || endDate.isAfter(day));
    }

    public String placementTypeLabel() {
        return Codes903.placementType(placementType);
    }

    public String legalStatusLabel() {
        return Codes903.legalStatus(legalStatus);
    }

    public String reasonForNewEpisodeLabel() {
        return Codes903.reasonForNewEpisode(reasonForNewEpisode);
    }

    public String reasonPlaceChangeLabel() {
        return reasonPlaceChange == null ? null : Codes903.reasonPlaceChange(reasonPlaceChange);
    }
}
