package uk.placementbroker.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.placementbroker.shared.HomeRef;
import uk.placementbroker.shared.Money;
import uk.placementbroker.shared.Refused;

/**
 * A child's placement in a home, from the agreement on. It comes into being only through
 * {@link #agree}, which refuses a home with no place left.
 */
public record Placement(
        long id,
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
        String agreedBy,
        LocalDate startDate,
        WeeklyCosts weekly,
        Money oneOffCosts,
        List<String> outcomes,
        Instant agreedAt,
        LocalDate endedOn) {

    /** The home has no place left: another decision filled it first. */
    public static final class HomeFull extends Refused {
        public HomeFull(String homeName) {
            super(homeName + " has no place left: another decision has just filled it");
        }
    }

    /**
     * @param placesTaken the home's placements not ended, counted under its lock
     * @param places how many children the home may take (a home that does not say takes one)
     */
    static Placement agree(Agreement agreement, int placesTaken, int places, Instant now) {
        if (placesTaken >= Math.max(1, places)) {
            throw new HomeFull(agreement.homeName());
        }
        return new Placement(
                0,
                agreement.localAuthorityId(),
                agreement.referralId(),
                agreement.childId(),
                agreement.providerId(),
                agreement.providerOrganisationId(),
                agreement.providerName(),
                agreement.home(),
                agreement.homeName(),
                agreement.offerId(),
                agreement.proposedBy(),
                agreement.permittedBy(),
                agreement.budgetApprovedBy(),
                agreement.agreedBy(),
                agreement.startDate(),
                agreement.weekly(),
                agreement.oneOffCosts(),
                List.copyOf(agreement.outcomes()),
                now,
                null);
    }

    public Money weeklyCost() {
        return weekly.total();
    }

    public boolean current() {
        return endedOn == null;
    }

    Placement withId(long id) {
        return new Placement(
                id,
                localAuthorityId,
                referralId,
                childId,
                providerId,
                providerOrganisationId,
                providerName,
                home,
                homeName,
                offerId,
                proposedBy,
                permittedBy,
                budgetApprovedBy,
                agreedBy,
                startDate,
                weekly,
                oneOffCosts,
                outcomes,
                agreedAt,
                endedOn);
    }
}
