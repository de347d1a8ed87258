package uk.placementbroker.market.ofsted;

import java.time.LocalDate;
import java.util.Set;
import uk.placementbroker.shared.Need;
import uk.placementbroker.shared.PlacementType;

/**
 * One row of an Ofsted or DfE provider list, as the market directory takes it.
 *
 * @param kind what the row is: a fostering agency (the provider itself), or a setting of a provider
 * @param placementType for a setting, the placement it offers; null for an agency
 * @param owner the organisation that runs a setting (the list's owner or organisation name)
 * @param registrationStatus ACTIVE, SUSPENDED, CANCELLED or RESIGNED
 * @param postcode as written, which may not be a real postcode
 * @param overallEffectiveness 1 (outstanding) to 4 (inadequate), or null when not given or not a grade
 * @param places registered places, or null when not given
 * @param localAuthority the council a local authority fostering service belongs to, or null
 */
public record ProviderListEntry(
        String sheet,
        int row,
        String urn,
        String name,
        Kind kind,
        PlacementType placementType,
        String owner,
        String registrationStatus,
        String postcode,
        LocalDate inspectionDate,
        Integer overallEffectiveness,
        Integer childrenSafety,
        Integer leadershipManagement,
        Integer places,
        Set<Need> specialisms,
        String localAuthority) {

    public enum Kind {
        INDEPENDENT_FOSTERING_AGENCY,
        LOCAL_AUTHORITY_FOSTERING,
        SETTING
    }
}
