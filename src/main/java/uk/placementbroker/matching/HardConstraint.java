package uk.placementbroker.matching;

import java.util.stream.Collectors;
import uk.placementbroker.shared.Need;
import uk.placementbroker.shared.PlacementType;

/**
 * What a home must meet to be considered at all. Each has a code (kept with a screened-out offer) and
 * says in words why a home fails it. Checked in this order, cheapest first; the checks are one switch,
 * not a method per constraint, because they run for every home in a national market.
 */
public enum HardConstraint {
    PLACEMENT_TYPE,
    AGE,
    SEX,
    SIBLING_GROUP,
    AVAILABLE_IN_TIME,
    REGISTRATION_ACTIVE,
    NOT_INADEQUATE,
    PROVIDER_NOT_SUSPENDED,
    LIVES_ALONGSIDE,
    PETS,
    SPECIALISMS,
    NOT_IN_AN_AREA_TO_AVOID,
    LANGUAGE,
    ADAPTATIONS,
    WITHIN_DISTANCE;

    /** @param miles from the child's home, or NaN when either place is not known */
    boolean met(Criteria criteria, Candidate candidate, double miles) {
        return switch (this) {
            case PLACEMENT_TYPE -> criteria.placementTypes().contains(candidate.placementType());
            case AGE -> criteria.age() >= candidate.minimumAge() && criteria.age() <= candidate.maximumAge();
            case SEX -> candidate.sexes().contains(criteria.sex());
            case SIBLING_GROUP -> candidate.places() >= criteria.siblingGroupSize();
            case AVAILABLE_IN_TIME -> !candidate.availableFrom().isAfter(criteria.neededFrom());
            case REGISTRATION_ACTIVE -> candidate.registrationActive();
            case NOT_INADEQUATE -> candidate.ofstedOverall() == null || candidate.ofstedOverall() < 4;
            case PROVIDER_NOT_SUSPENDED -> !candidate.providerSuspended();
            case NOT_IN_AN_AREA_TO_AVOID ->
                criteria.areasToAvoid().isEmpty() || areaToAvoid(criteria, candidate) == null;
            case LIVES_ALONGSIDE ->
                switch (criteria.livesAlongside()) {
                    case ANY_CHILDREN -> true;
                    case NO_OTHER_CHILDREN -> !candidate.otherChildren();
                    case NO_YOUNGER_CHILDREN ->
                        !candidate.otherChildren() || candidate.youngestOtherChild() >= criteria.age();
                };
            case PETS -> criteria.canLiveWithPets() || !candidate.pets();
            case SPECIALISMS -> candidate.specialisms().containsAll(criteria.highNeeds());
            case LANGUAGE ->
                !criteria.languageEssential()
                        || criteria.language() == null
                        || Scoring.speaks(candidate, criteria.language());
            case ADAPTATIONS ->
                criteria.adaptations().isEmpty() || candidate.adaptations().containsAll(criteria.adaptations());
            case WITHIN_DISTANCE ->
                criteria.maximumMiles() == null || Double.isNaN(miles) || miles <= criteria.maximumMiles();
        };
    }

    String whyNot(Criteria criteria, Candidate candidate, double miles) {
        return switch (this) {
            case PLACEMENT_TYPE ->
                "offers " + candidate.placementType().words() + ", not "
                        + criteria.placementTypes().stream()
                                .map(PlacementType::words)
                                .sorted()
                                .collect(Collectors.joining(" or "));
            case AGE ->
                "takes children aged " + candidate.minimumAge() + " to " + candidate.maximumAge()
                        + ", and the child is " + criteria.age();
            case SEX -> "does not take " + (criteria.sex() == Criteria.Sex.MALE ? "boys" : "girls");
            case SIBLING_GROUP ->
                "has room for " + candidate.places() + " and " + criteria.siblingGroupSize()
                        + " siblings are to be placed together";
            case AVAILABLE_IN_TIME ->
                "is free from " + candidate.availableFrom() + ", after the child needs to move ("
                        + criteria.neededFrom() + ")";
            case REGISTRATION_ACTIVE -> "is not actively registered with Ofsted";
            case NOT_INADEQUATE -> "was judged inadequate by Ofsted";
            case PROVIDER_NOT_SUSPENDED -> candidate.providerName() + " is suspended by a concern notice";
            case NOT_IN_AN_AREA_TO_AVOID ->
                "is in " + areaToAvoid(criteria, candidate) + ", an area the child must avoid";
            case LIVES_ALONGSIDE ->
                "has a child of " + candidate.youngestOtherChild() + " living there, and the child "
                        + criteria.livesAlongside().words();
            case PETS -> "has pets, and the child cannot live with animals";
            case SPECIALISMS ->
                "does not specialise in "
                        + criteria.highNeeds().stream()
                                .filter(need -> !candidate.specialisms().contains(need))
                                .map(Need::words)
                                .sorted()
                                .collect(Collectors.joining(" or "));
            case LANGUAGE -> "does not speak " + criteria.language();
            case ADAPTATIONS ->
                "does not have "
                        + criteria.adaptations().stream()
                                .filter(adaptation -> !candidate.adaptations().contains(adaptation))
                                .sorted()
                                .collect(Collectors.joining(" or "));
            case WITHIN_DISTANCE ->
                "is " + Math.round(miles) + " miles from home, further than " + Math.round(criteria.maximumMiles());
        };
    }

    /** The code kept with a screened-out offer, such as "SPECIALISMS". */
    public String code() {
        return name();
    }

    /** The outward code or district of the home that the child must avoid, or null; compared without regard to case, allocating nothing. */
    private static String areaToAvoid(Criteria criteria, Candidate candidate) {
        for (String area : criteria.areasToAvoid()) {
            if (area.equals(candidate.outwardCode())) {
                return candidate.outwardCode();
            }
            if (candidate.district() != null && area.equalsIgnoreCase(candidate.district())) {
                return candidate.district();
            }
        }
        return null;
    }
}
