package uk.placementbroker.referral;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import uk.placementbroker.market.Locations;
import uk.placementbroker.matching.Criteria;
import uk.placementbroker.shared.GeoPoint;
import uk.placementbroker.shared.Need;
import uk.placementbroker.shared.Postcode;

/** What a referral asks of a home, as the matching engine reads it: the one translation, used to search and to screen offers. */
public final class ReferralCriteria {

    private ReferralCriteria() {}

    public static Criteria of(Referrals.Referral referral, Locations locations, LocalDate today) {
        ReferralDetails details = referral.details();
        Set<Need> other = EnumSet.noneOf(Need.class);
        other.addAll(details.needs());
        other.removeAll(details.highNeeds());
        LocalDate neededFrom =
                details.neededBy() == null || details.neededBy().isBefore(today) ? today : details.neededBy();
        Criteria.LivesAlongside alongside = details.alongside() == ReferralDetails.Alongside.SOLO
                ? Criteria.LivesAlongside.NO_OTHER_CHILDREN
                : details.alongside() == ReferralDetails.Alongside.ONLY_OLDER
                        ? Criteria.LivesAlongside.NO_YOUNGER_CHILDREN
                        : Criteria.LivesAlongside.ANY_CHILDREN;
        return new Criteria(
                details.placementTypes(),
                Period.between(referral.childDateOfBirth(), today).getYears(),
                "1".equals(referral.childSex()) ? Criteria.Sex.MALE : Criteria.Sex.FEMALE,
                1 + (details.siblingsToPlaceWith() == null ? 0 : details.siblingsToPlaceWith()),
                neededFrom,
                place(details.homePostcode(), locations),
                place(details.schoolPostcode(), locations),
                details.maximumMiles() == null ? null : details.maximumMiles().doubleValue(),
                new HashSet<>(details.areasToAvoid()),
                details.highNeeds(),
                other,
                details.language(),
                details.languageEssential(),
                details.adaptationsNeeded() ? new HashSet<>(details.adaptations()) : Set.of(),
                alongside,
                details.pets() != ReferralDetails.Pets.NO,
                details.ethnicity(),
                details.religion());
    }

    private static GeoPoint place(String postcode, Locations locations) {
        return postcode == null
                ? null
                : Postcode.parse(postcode).flatMap(locations::locate).orElse(null);
    }
}
