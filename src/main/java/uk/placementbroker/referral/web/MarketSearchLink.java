package uk.placementbroker.referral.web;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.web.util.UriComponentsBuilder;
import uk.placementbroker.referral.ReferralDetails;
import uk.placementbroker.referral.Referrals;
import uk.placementbroker.shared.Need;

/** The broker's market search filled in from a referral, so that what the social worker wrote is what the market is searched for. */
final class MarketSearchLink {

    private MarketSearchLink() {}

    static String of(Referrals.Referral referral, LocalDate today) {
        ReferralDetails details = referral.details();
        UriComponentsBuilder link =
                UriComponentsBuilder.fromPath("/market/search").queryParam("run", "yes");
        details.placementTypes().forEach(type -> link.queryParam("placementTypes", type.name()));
        link.queryParam(
                "age", Period.between(referral.childDateOfBirth(), today).getYears());
        link.queryParam("sex", "1".equals(referral.childSex()) ? "MALE" : "FEMALE");
        link.queryParam("siblings", 1 + (details.siblingsToPlaceWith() == null ? 0 : details.siblingsToPlaceWith()));
        if (details.neededBy() != null && !details.neededBy().isBefore(today)) {
            link.queryParam("neededDay", details.neededBy().getDayOfMonth())
                    .queryParam("neededMonth", details.neededBy().getMonthValue())
                    .queryParam("neededYear", details.neededBy().getYear());
        }
        optional(link, "homePostcode", details.homePostcode());
        optional(link, "schoolPostcode", details.schoolPostcode());
        optional(
                link,
                "maximumMiles",
                details.maximumMiles() == null ? null : details.maximumMiles().toString());
        optional(link, "areasToAvoid", String.join(", ", details.areasToAvoid()));
        details.highNeeds().forEach(need -> link.queryParam("highNeeds", need.name()));
        Set<Need> other = EnumSet.noneOf(Need.class);
        other.addAll(details.needs());
        other.removeAll(details.highNeeds());
        other.forEach(need -> link.queryParam("otherNeeds", need.name()));
        optional(link, "language", details.language());
        if (details.languageEssential()) {
            link.queryParam("languageEssential", "true");
        }
        link.queryParam(
                "livesAlongside",
                details.alongside() == ReferralDetails.Alongside.SOLO
                        ? "NO_OTHER_CHILDREN"
                        : details.alongside() == ReferralDetails.Alongside.ONLY_OLDER
                                ? "NO_YOUNGER_CHILDREN"
                                : "ANY_CHILDREN");
        if (details.pets() == ReferralDetails.Pets.NO) {
            link.queryParam("noPets", "true");
        }
        if (details.adaptationsNeeded()) {
            optional(link, "adaptations", String.join(", ", details.adaptations()));
        }
        return link.encode().build().toUriString();
    }

    private static void optional(UriComponentsBuilder link, String name, String value) {
        if (value != null && !value.isBlank()) {
            link.queryParam(name, value);
        }
    }
}
