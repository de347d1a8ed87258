package uk.placementbroker.referral;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import uk.placementbroker.shared.Anonymiser;
import uk.placementbroker.shared.Need;
import uk.placementbroker.shared.PlacementType;
import uk.placementbroker.shared.ReferralNumber;

/**
 * A referral as providers see it: what the child needs, never who they are. No name, no date of birth
 * (age in years), no address or postcode beyond its outward code, no school; every free text has gone
 * through the {@link Anonymiser} for this child.
 *
 * @param reference the referral's number for providers, not the child's reference
 */
public record AnonymisedReferral(
        String reference,
        String council,
        int age,
        String sex,
        List<String> placementTypes,
        String urgency,
        LocalDate neededBy,
        String expectedDuration,
        int siblingsToPlaceWith,
        String area,
        Integer maximumMiles,
        List<String> needs,
        List<String> highNeeds,
        String otherRisks,
        String language,
        List<String> communication,
        String culturalNeeds,
        List<String> adaptations,
        String alongside,
        String pets,
        List<String> additionalSupport,
        List<String> essentialCriteria,
        List<String> preferences,
        List<String> outcomes) {

    /** @param scrub the anonymiser for this child */
    static AnonymisedReferral of(
            long referralId,
            String council,
            ReferralDetails details,
            LocalDate dateOfBirth,
            String sexCode,
            Anonymiser scrub,
            LocalDate today) {
        return new AnonymisedReferral(
                ReferralNumber.of(referralId),
                council,
                Period.between(dateOfBirth, today).getYears(),
                "1".equals(sexCode) ? "Boy" : "Girl",
                details.placementTypes().stream()
                        .map(PlacementType::words)
                        .sorted()
                        .toList(),
                details.urgency() == null ? null : details.urgency().words(),
                details.neededBy(),
                scrub.text(details.expectedDuration()),
                details.siblingsToPlaceWith() == null ? 0 : details.siblingsToPlaceWith(),
                details.homePostcode() == null ? null : details.homePostcode().split(" ")[0],
                details.maximumMiles(),
                details.needs().stream().map(Need::words).sorted().toList(),
                details.highNeeds().stream().map(Need::words).sorted().toList(),
                scrub.text(join(details.riskToChildOther(), details.riskToOthersOther())),
                scrub.text(details.language()),
                details.communication().stream()
                        .map(ReferralDetails.Communication::words)
                        .sorted()
                        .toList(),
                details.culturalNeeds() == null
                        ? null
                        : details.culturalNeeds().words()
                                + (details.culturalNeedsDetail() == null
                                        ? ""
                                        : ": " + scrub.text(details.culturalNeedsDetail())),
                lines(scrub, details.adaptations()),
                details.alongside() == null ? null : details.alongside().words(),
                details.pets() == null ? null : details.pets().words(),
                details.additionalSupport().stream()
                        .map(ReferralDetails.AdditionalSupport::words)
                        .sorted()
                        .toList(),
                lines(scrub, details.essentialCriteria()),
                lines(scrub, details.preferences()),
                lines(scrub, details.outcomes()));
    }

    /** The referral as the text of a mail to a provider. */
    public String asText() {
        List<String> lines = new ArrayList<>();
        lines.add("Referral " + reference + " from " + council);
        lines.add("");
        lines.add(sex + " aged " + age
                + (siblingsToPlaceWith > 0
                        ? ", with " + siblingsToPlaceWith + " brothers or sisters to be placed together"
                        : ""));
        lines.add("Placement: " + String.join(" or ", placementTypes));
        lines.add("Needed: " + (urgency == null ? "" : urgency) + (neededBy == null ? "" : ", by " + neededBy));
        if (expectedDuration != null) {
            lines.add("Expected to last: " + expectedDuration);
        }
        if (area != null) {
            lines.add("Home area: " + area + (maximumMiles == null ? "" : ", within " + maximumMiles + " miles"));
        }
        lines.add("Needs and risks: " + (needs.isEmpty() ? "none recorded" : String.join(", ", needs)));
        if (!highNeeds.isEmpty()) {
            lines.add("The home must specialise in: " + String.join(", ", highNeeds));
        }
        if (otherRisks != null) {
            lines.add("Other risks: " + otherRisks);
        }
        if (alongside != null) {
            lines.add("Cared for alongside: " + alongside);
        }
        if (pets != null) {
            lines.add("Can live with pets: " + pets);
        }
        if (language != null) {
            lines.add("First language: " + language);
        }
        if (!communication.isEmpty()) {
            lines.add("Communication: " + String.join(", ", communication));
        }
        if (culturalNeeds != null) {
            lines.add("Cultural and religious needs: " + culturalNeeds);
        }
        if (!additionalSupport.isEmpty()) {
            lines.add("Support the home is to arrange: " + String.join(", ", additionalSupport));
        }
        section(lines, "Adaptations the home needs", adaptations);
        section(lines, "Essential criteria", essentialCriteria);
        section(lines, "Preferences", preferences);
        section(lines, "Outcomes the placement should achieve", outcomes);
        return String.join("\n", lines);
    }

    private static void section(List<String> lines, String title, List<String> items) {
        if (!items.isEmpty()) {
            lines.add("");
            lines.add(title + ":");
            items.forEach(item -> lines.add("- " + item));
        }
    }

    private static String join(String first, String second) {
        return java.util.stream.Stream.of(first, second)
                .filter(text -> text != null && !text.isBlank())
                .collect(Collectors.joining(". "));
    }

    private static List<String> lines(Anonymiser scrub, List<String> lines) {
        return lines.stream().map(scrub::text).filter(line -> line != null).toList();
    }
}
