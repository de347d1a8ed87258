package uk.placementbroker.referral;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The automatic checks of a referral, the ones the studies' brokers made by hand before a referral went
 * out: is it complete, are the outcomes stated, can a provider show it meets each essential criterion,
 * and does the urgency agree with the date. The broker's own judgement comes on top.
 */
public final class ReferralQuality {

    /** Words that alone say nothing a provider could show, such as a loving and caring and suitable home. */
    private static final Set<String> VAGUE = Set.of(
            "a",
            "an",
            "the",
            "and",
            "or",
            "with",
            "who",
            "is",
            "are",
            "be",
            "to",
            "of",
            "for",
            "good",
            "nice",
            "loving",
            "caring",
            "suitable",
            "appropriate",
            "safe",
            "stable",
            "home",
            "carer",
            "carers",
            "placement",
            "family",
            "kind",
            "warm",
            "supportive",
            "right",
            "best",
            "needs",
            "meet",
            "meets",
            "child",
            "young",
            "person",
            "must",
            "should");

    /** One thing to put right, under the page and field it is about. */
    public record Finding(String page, String field, String message) {}

    private ReferralQuality() {}

    /** @param submittedOn the day the referral was, or is being, submitted: urgency is judged from it */
    public static List<Finding> check(ReferralDetails details, LocalDate submittedOn) {
        List<Finding> findings = new ArrayList<>();
        if (details.placementTypes().isEmpty()) {
            findings.add(new Finding("placement", "suitability", "Say which kinds of placement would be suitable"));
        }
        if (details.urgency() == null) {
            findings.add(new Finding("placement", "urgency", "Say how soon the child needs to move"));
        } else if (details.neededBy() == null) {
            findings.add(new Finding("placement", "neededBy", "Enter the date the child needs to move by"));
        } else {
            long days = ChronoUnit.DAYS.between(submittedOn, details.neededBy());
            String mismatch = switch (details.urgency()) {
                case SAME_DAY ->
                    days != 0
                            ? "A same-day referral must be needed today, " + format(submittedOn)
                                    + ": change the date or the urgency"
                            : null;
                case WITHIN_7_DAYS ->
                    days < 0 || days > 7
                            ? "Within 7 days means by " + format(submittedOn.plusDays(7))
                                    + ": change the date or the urgency"
                            : null;
                case PLANNED ->
                    days <= 7
                            ? "A planned move is more than 7 days away: for a sooner one, choose today or within 7 days"
                            : null;
            };
            if (days < 0) {
                mismatch = "The date the child needs to move by has passed";
            }
            if (mismatch != null) {
                findings.add(new Finding("placement", "neededBy", mismatch));
            }
        }
        if (blank(details.expectedDuration())) {
            findings.add(
                    new Finding("placement", "expectedDuration", "Say how long the placement is expected to last"));
        }
        if (blank(details.homePostcode())) {
            findings.add(new Finding("location", "homePostcode", "Enter the postcode of the child's home"));
        }
        if (details.areaPreference() == null) {
            findings.add(new Finding(
                    "location", "areaPreference", "Say whether the child should live in or out of the council's area"));
        }
        if (details.needs().isEmpty() && blank(details.riskToChildOther()) && blank(details.riskToOthersOther())) {
            findings.add(new Finding(
                    "needs",
                    "needs",
                    "Record the child's needs and risks, or that there are none known in the other boxes"));
        }
        if (details.alongside() == null) {
            findings.add(new Finding("living", "alongside", "Say who the child can be cared for alongside"));
        }
        if (details.pets() == null) {
            findings.add(new Finding("living", "pets", "Say whether the child can live with pets"));
        }
        if (details.culturalNeeds() == null) {
            findings.add(new Finding(
                    "living", "culturalNeeds", "Say whether the child has cultural needs, such as a place of worship"));
        }
        if (details.outcomes().isEmpty()) {
            findings.add(new Finding(
                    "criteria", "outcomes", "State the outcomes the placement should achieve for the child"));
        }
        if (details.essentialCriteria().isEmpty()) {
            findings.add(new Finding("criteria", "essentialCriteria", "Give the essential criteria a home must meet"));
        }
        for (String criterion : details.essentialCriteria()) {
            if (!checkable(criterion)) {
                findings.add(
                        new Finding(
                                "criteria",
                                "essentialCriteria",
                                "\u201c" + criterion.strip()
                                        + "\u201d is not something a provider could show they meet: say what exactly, such as the skills, the distance or who else lives there"));
            }
        }
        return findings;
    }

    /** Whether a criterion says something a provider could show: at least two words that are not vague. */
    static boolean checkable(String criterion) {
        long specific = 0;
        for (String word : criterion.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (!word.isBlank() && !VAGUE.contains(word)) {
                specific++;
            }
        }
        return specific >= 2;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String format(LocalDate date) {
        return date.getDayOfMonth() + " " + date.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.UK)
                + " " + date.getYear();
    }
}
