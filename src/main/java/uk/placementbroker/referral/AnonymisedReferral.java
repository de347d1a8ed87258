package uk.placementbroker.referral;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import uk.placementbroker.shared.Need;
import uk.placementbroker.shared.PlacementType;

/**
 * A referral as providers see it: what the child needs, never who they are. No name, no date of birth
 * (age in years), no address or postcode beyond its outward code, no school; free text has the child's
 * names, any date and any full postcode taken out.
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

    private static final Pattern FULL_POSTCODE =
            Pattern.compile("\\b([A-Z]{1,2}[0-9][A-Z0-9]?)\\s*[0-9][A-Z]{2}\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE =
            Pattern.compile("\\b\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{2,4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b");

    /** @param childNames the child's first and last name (and any other names to keep out of free text) */
    static AnonymisedReferral of(
            long referralId,
            String council,
            ReferralDetails details,
            LocalDate dateOfBirth,
            String sexCode,
            List<String> childNames,
            LocalDate today) {
        Scrubber scrub = new Scrubber(childNames);
        return new AnonymisedReferral(
                referenceOf(referralId),
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
                details.language(),
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
                scrub.lines(details.adaptations()),
                details.alongside() == null ? null : details.alongside().words(),
                details.pets() == null ? null : details.pets().words(),
                details.additionalSupport().stream()
                        .map(ReferralDetails.AdditionalSupport::words)
                        .sorted()
                        .toList(),
                scrub.lines(details.essentialCriteria()),
                scrub.lines(details.preferences()),
                scrub.lines(details.outcomes()));
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
        if (alongside != null) {
            lines.add("Cared for alongside: " + alongside);
        }
        if (pets != null) {
            lines.add("Can live with pets: " + pets);
        }
        if (language != null) {
            lines.add("First language: " + language);
        }
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

    /** Takes the child's names, dates and full postcodes out of free text. */
    /** The referral's number as providers and mails show it: never the child's reference. */
    public static String referenceOf(long referralId) {
        return "R" + String.format("%06d", referralId);
    }

    /** Free text about the child, as providers may see it: the child's names, full postcodes and dates taken out. */
    static String scrubbed(List<String> childNames, String text) {
        return new Scrubber(childNames).text(text);
    }

    private static final class Scrubber {

        private final List<Pattern> names;

        Scrubber(List<String> childNames) {
            this.names = childNames.stream()
                    .filter(name -> name != null && name.strip().length() > 1)
                    .map(name -> Pattern.compile(
                            "\\b" + Pattern.quote(name.strip()) + "('s)?\\b",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                    .toList();
        }

        String text(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            String scrubbed = FULL_POSTCODE
                    .matcher(text)
                    .replaceAll(match -> match.group(1).toUpperCase(Locale.ROOT));
            scrubbed = DATE.matcher(scrubbed).replaceAll("[date]");
            for (Pattern name : names) {
                scrubbed = name.matcher(scrubbed).replaceAll("the child");
            }
            return scrubbed;
        }

        List<String> lines(List<String> lines) {
            return lines.stream().map(this::text).filter(line -> line != null).toList();
        }
    }
}
