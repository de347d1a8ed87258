package uk.placementbroker.placement;

import java.time.LocalDate;
import java.util.List;
import uk.placementbroker.shared.HomeRef;
import uk.placementbroker.shared.Money;

/**
 * What the council agreed, as the decision that agrees it knows it.
 *
 * @param providerOrganisationId whose portal users answer for the provider; null for the council's own carers
 * @param offerId the provider's offer agreed
 * @param proposedBy the social worker who proposed the home
 * @param permittedBy the team manager who gave permission to place
 * @param budgetApprovedBy the head of service who approved the cost, or null where none had to
 * @param outcomes the outcomes the referral asks the placement to achieve
 */
public record Agreement(
        long localAuthorityId,
        long referralId,
        long childId,
        long providerId,
        Long providerOrganisationId,
        String providerName,
        HomeRef home,
        String homeName,
        long offerId,
        String proposedBy,
        String permittedBy,
        String budgetApprovedBy,
        LocalDate startDate,
        WeeklyCosts weekly,
        Money oneOffCosts,
        List<String> outcomes) {

    /** Who agreed it: the last approval needed. */
    public String agreedBy() {
        return budgetApprovedBy != null ? budgetApprovedBy : permittedBy;
    }
}
