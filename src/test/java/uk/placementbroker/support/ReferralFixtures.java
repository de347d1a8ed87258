package uk.placementbroker.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.placementbroker.matching.Need;
import uk.placementbroker.matching.PlacementType;
import uk.placementbroker.referral.ReferralDetails;

/** Referrals as a broker would find them, ready to use in tests. */
public final class ReferralFixtures {

    private ReferralFixtures() {}

    /** A referral a broker would send out as it is: fostering or a children's home, within 7 days of {@code today}. */
    public static ReferralDetails aCompleteReferral(LocalDate today) {
        return new ReferralDetails(Map.of(PlacementType.FOSTERING, ReferralDetails.Suitability.PREFERRED,
                        PlacementType.RESIDENTIAL, ReferralDetails.Suitability.SUITABLE), Set.of(),
                ReferralDetails.Urgency.WITHIN_7_DAYS, today.plusDays(5), "Long term, until 18", 0, "NN3 6AB", "NN1 1AA", 20,
                List.of("NN1"), ReferralDetails.AreaPreference.IN_AREA, null, Set.of(Need.MISSING_EPISODES, Need.EDUCATION),
                Set.of(Need.MISSING_EPISODES), null, null, "WBRI", null, null, false, Set.of(ReferralDetails.Communication.NONE),
                ReferralDetails.CulturalNeeds.NOT_REQUIRED, null, false, List.of(), ReferralDetails.Alongside.ONLY_YOUNGER,
                ReferralDetails.Pets.YES_CAN, false, Set.of(ReferralDetails.AdditionalSupport.TAXIS_TO_SCHOOL), null,
                List.of("Carers trained in responding to missing episodes", "Within 20 miles of her school in Northampton"),
                List.of("A carer at home in the day"), List.of("Attends school every day", "No missing episodes for six months"),
                "CAMHS appointments weekly", 950, null);
    }
}
