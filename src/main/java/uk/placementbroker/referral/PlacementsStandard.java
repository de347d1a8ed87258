package uk.placementbroker.referral;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.placementbroker.placement.StandardPlacement;
import uk.placementbroker.shared.Need;
import uk.placementbroker.shared.PlacementType;

/**
 * A referral in the shape of the draft Placements Standard (SocialCareData/placements-standard,
 * specification.md): its sections and field names as the standard writes them, and its answers in the
 * standard's options. The actual placement's section stays empty until a placement is agreed.
 */
public final class PlacementsStandard {

    private static final Map<String, Need> RISKS_TO_CHILD = ordered(
            "Risk to child: Self-harm", Need.SELF_HARM,
            "Risk to child: Sexual exploitation", Need.CHILD_SEXUAL_EXPLOITATION,
            "Risk to child: Criminal exploitation", Need.CRIMINAL_EXPLOITATION,
            "Risk to child: Drug and alcohol use", Need.SUBSTANCE_MISUSE,
            "Risk to child: Eating disorder", Need.EATING_DISORDER,
            "Risk to child: Going missing", Need.MISSING_EPISODES);
    private static final Map<String, Need> RISKS_TO_OTHERS = ordered(
            "Risk to others or property: Physical harm", Need.VIOLENCE_TO_OTHERS,
            "Risk to others or property: Sexual harm", Need.HARMFUL_SEXUAL_BEHAVIOUR,
            "Risk to others or property: Fire-setting", Need.FIRE_SETTING,
            "Risk to others or property: Harm to animals", Need.HARM_TO_ANIMALS,
            "Risk to others or property: Criminal exploitation", Need.GANG_AFFILIATION);

    private PlacementsStandard() {}

    private static Map<String, Object> actual(StandardPlacement placement) {
        Map<String, Object> actual = new LinkedHashMap<>();
        actual.put(
                "Total Weekly Cost (actual weekly fee paid)",
                placement
                        .weeklyCost()
                        .pounds()
                        .setScale(0, java.math.RoundingMode.HALF_UP)
                        .intValueExact());
        actual.put("Placement Location", placement.location());
        actual.put("Preferrability of placement location", placement.preferredLocation());
        actual.put("Education Continuity", placement.educationContinuity());
        actual.put("Provider URN (linked to Ofsted)", placement.urn());
        actual.put("How many siblings were placed together?", placement.siblingsPlacedTogether());
        actual.put("Placement Type", placement.type());
        return actual;
    }

    /**
     * @param submittedOn the day the referral was sent, from which "when do you need this placement by" is judged
     * @param placement the placement agreed for it, or null while there is none
     */
    public static Map<String, Object> referral(
            String childReference,
            ReferralDetails details,
            LocalDate submittedOn,
            String officer,
            StandardPlacement placement) {
        Map<String, Object> standard = new LinkedHashMap<>();
        Map<String, Object> availability = new LinkedHashMap<>();
        availability.put("Child ID", childReference);
        availability.put("When do you need this placement by", neededBy(details, submittedOn));
        availability.put("Number of siblings to place with", details.siblingsToPlaceWith());
        availability.put(
                "Preferred location for home search",
                details.preferredLocation() != null
                        ? details.preferredLocation()
                        : details.homePostcode() == null
                                ? null
                                : details.homePostcode().split(" ")[0]);
        standard.put("Determinants of placement availability", availability);

        Map<String, Object> requirements = new LinkedHashMap<>();
        requirements.put(
                "Communication, language and learning needs",
                details.communication().isEmpty() && details.language() == null
                        ? "Not Specified"
                        : details.communication().equals(java.util.Set.of(ReferralDetails.Communication.NONE))
                                        && details.language() == null
                                ? "N"
                                : "Y");
        requirements.put(
                "Specific communication and language requirements",
                details.communication().stream()
                        .map(communication -> switch (communication) {
                            case ESOL -> "ESOL";
                            case BSL -> "BSL";
                            case MAKATON -> "Makaton";
                            case OTHER -> "Other";
                            case NONE -> "None";
                        })
                        .sorted()
                        .toList());
        requirements.put("Adaptation to the home", details.adaptationsNeeded() ? "Y" : "N");
        requirements.put(
                "Cultural needs (e.g. place of worship)",
                details.culturalNeeds() == null
                        ? null
                        : switch (details.culturalNeeds()) {
                            case REQUIRED -> "Required";
                            case NOT_REQUIRED -> "Not required";
                            case NOT_KNOWN -> "Not Known";
                            case OTHER -> "Other";
                        });
        requirements.put(
                "Who can the child be cared for alongside",
                details.alongside() == null ? null : details.alongside().words());
        requirements.put(
                "Can child live with pets/animals?",
                details.pets() == null
                        ? null
                        : switch (details.pets()) {
                            case YES_MUST -> "Yes - must";
                            case YES_CAN -> "Yes - can";
                            case NO -> "No";
                            case NOT_KNOWN -> "Not Known";
                        });
        requirements.put(
                "Additional support (Please specify)",
                details.additionalSupport().isEmpty()
                        ? "NA"
                        : details.additionalSupport().stream()
                                .map(support -> support == ReferralDetails.AdditionalSupport.OTHER
                                                && details.additionalSupportDetail() != null
                                        ? "other: " + details.additionalSupportDetail()
                                        : support.words().toLowerCase())
                                .sorted()
                                .toList());
        requirements.put(
                "Deprivation of Liberty Order",
                details.deprivationOfLiberty() == null ? null : details.deprivationOfLiberty() ? "Yes" : "No");
        standard.put("Placement requirements", requirements);

        Map<String, Object> recommendation = new LinkedHashMap<>();
        recommendation.put(
                "Foster care suitability",
                details.suitabilityOf(PlacementType.FOSTERING).words());
        recommendation.put(
                "Residential care suitability",
                details.suitabilityOf(PlacementType.RESIDENTIAL).words());
        recommendation.put(
                "Supported Accomodation suitability",
                details.suitabilityOf(PlacementType.SUPPORTED_ACCOMMODATION).words());
        standard.put("Placement Recommendation", recommendation);

        Map<String, Object> risks = new LinkedHashMap<>();
        RISKS_TO_CHILD.forEach(
                (field, need) -> risks.put(field, details.needs().contains(need) ? "Risk Present" : "No known risk"));
        risks.put("Risk to child: Other (please specify)", details.riskToChildOther());
        RISKS_TO_OTHERS.forEach(
                (field, need) -> risks.put(field, details.needs().contains(need) ? "Risk Present" : "No known risk"));
        risks.put("Risk to others or property: Other (please specify)", details.riskToOthersOther());
        standard.put("Risks", risks);

        standard.put("Actual placement", placement == null ? null : actual(placement));
        Map<String, Object> assurance = new LinkedHashMap<>();
        assurance.put("Name of officer (referral)", officer);
        assurance.put("Date of Data entry (referral)", submittedOn.toString());
        if (placement != null) {
            assurance.put("Name of officer (placement)", placement.officer());
            assurance.put(
                    "Date of Data entry (placement)", placement.enteredOn().toString());
            assurance.put("Name of officer (placement cost)", placement.officer());
            assurance.put(
                    "Date of Data entry (placement cost)", placement.enteredOn().toString());
        }
        standard.put("Quality Assurance", assurance);
        return standard;
    }

    /** Today, fewer than 5 days or more than 5 days, from the day the referral was sent. */
    static String neededBy(ReferralDetails details, LocalDate submittedOn) {
        if (details.neededBy() == null) {
            return details.urgency() == ReferralDetails.Urgency.SAME_DAY ? "Today" : null;
        }
        long days = ChronoUnit.DAYS.between(submittedOn, details.neededBy());
        return days <= 0 ? "Today" : days < 5 ? "<5 days" : ">5 days";
    }

    private static Map<String, Need> ordered(Object... pairs) {
        Map<String, Need> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Need) pairs[i + 1]);
        }
        return map;
    }

    /** The field names the standard lists, for tests that the export names every one. */
    static List<String> riskFields() {
        List<String> fields = new java.util.ArrayList<>(RISKS_TO_CHILD.keySet());
        fields.addAll(RISKS_TO_OTHERS.keySet());
        return fields;
    }
}
