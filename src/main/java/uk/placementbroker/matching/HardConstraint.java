package uk.placementbroker.matching;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a home must meet to be considered at all. Each has a code (kept with a screened-out offer) and
 * says in words why a home fails it. Checked in this order, cheapest first.
 */
public enum HardConstraint {

    PLACEMENT_TYPE {
        @Override
        boolean met(Criteria criteria, Candidate candidate, double miles) {
            return criteria.placementTypes().contains(candidate.placementType());
        }

        @Override
        String whyNot(Criteria criteria, Candidate candidate, double miles) {
            return "offers " + candidate.placementType().words() + ", not " + criteria.placementTypes().stream()
                    .map(PlacementType::words).sorted().collect(Collectors.joining(" or "));
        }
    },
    AGE {
        @Override
        boolean met(Criteria criteria, Candidate candidate, double miles) {
            return criteria.age() >= candidate.minimumAge() && criteria.age() <= candidate.maximumAge();
        }

        @Override
        String whyNot(Criteria criteria, Candidate candidate, double miles) {
            return "takes children aged " + candidate.minimumAge() + " to " + candidate.maximumAge() + ", and the child is " + criteria.age();
        }
    },
    SEX {
        @Override
        boolean met(Criteria criteria, Candidate candidate, double miles) {
            return candidate.sexes().contains(criteria.sex());
        }

        @Override
        String whyNot(Criteria criteria, Candidate candidate, double miles) {
            return "does not take " + (criteria.sex() == Criteria.Sex.MALE ? "boys" : "girls");
        }
    },
    SIBLING_GROUP {
        @Override
        boolean met(Criteria criteria, Candidate candidate, double miles) {
            return candidate.places() >= criteria.siblingGroupSize();
        }

        @Override
        String whyNot(Criteria criteria, Candidate candidate, double miles) {
            return "has room for " + candidate.places() + " and " + criteria.siblingGroupSize() + " siblings are to be placed together";
        }
    },
    AVAILABLE_IN_TIME {
        @Override
        boolean met(Criteria criteria, Candidate candidate, double miles) {
            return !candidate.availableFrom().isAfter(criteria.neededFrom());
        }

        @Override
        String whyNot(Criteria criteria, Candidate candidate, double miles) {
            return "is free from " + candidate.availableFrom() + ", after the child needs to move (" + criteria.neededFrom() + ")";
        }
    },
    REGISTRATION_ACTIVE {
        @Override
        boolean met(Criteria criteria, Candidate candidate, double miles) {
            return candidate.registrationActive();
        }

        @Override
        String whyNot(Criteria criteria, Candidate candidate, double miles) {
            return "is not actively registered with Ofsted";
        }
    },
    NOT_INADEQUATE {
        @Override
        boolean met(Criteria criteria, Candidate candidate, double miles) {
            return candidate.ofstedOverall() == null || candidate.ofstedOverall() < 4;
        }

        @Override
        String whyNot(Criteria criteria, Candidate candidate, double miles) {
            return "was judged inadequate by Ofsted";
        }
    },
    PROVIDER_NOT_SUSPENDED {
        @Override
        boolean met(Criteria criteria, Candidate candidate, double miles) {
            return !candidate.providerSuspended();
        }

        @Override
        String whyNot(Criteria criteria, Candidate candidate, double miles) {
            return candidate.providerName() + " is suspended by a concern notice";
        }
    },
    NOT_IN_AN_AREA_TO_AVOID {
        @Override
        boolean met(Criteria criteria, Candidate candidate, double miles) {
            return criteria.areasToAvoid().isEmpty()
                    || !(criteria.areasToAvoid().contains(candidate.outwardCode())
                            || (candidate.district() != null && criteria.areasToAvoid().contains(candidate.district().toUpperCase(Locale.ROOT))));
        }

        @Override
        String whyNot(Criteria criteria, Candidate candidate, double miles) {
            return "is in " + (criteria.areasToAvoid().contains(candidate.outwardCode()) ? candidate.outwardCode() : candidate.district())
                    + ", an area the child must avoid";
        }
    },
    LIVES_ALONGSIDE {
        @Override
        boolean met(Criteria criteria, Candidate candidate, double miles) {
            return switch (criteria.livesAlongside()) {
                case ANY_CHILDREN -> true;
                case NO_OTHER_CHILDREN -> !candidate.otherChildren();
                case NO_YOUNGER_CHILDREN -> !candidate.otherChildren() || candidate.youngestOtherChild() >= criteria.age();
            };
        }

        @Override
        String whyNot(Criteria criteria, Candidate candidate, double miles) {
            return "has a child of " + candidate.youngestOtherChild() + " living there, and the child " + criteria.livesAlongside().words();
        }
    },
    PETS {
        @Override
        boolean met(Criteria criteria, Candidate candidate, double miles) {
            return criteria.canLiveWithPets() || !candidate.pets();
        }

        @Override
        String whyNot(Criteria criteria, Candidate candidate, double miles) {
            return "has pets, and the child cannot live with animals";
        }
    },
    SPECIALISMS {
        @Override
        boolean met(Criteria criteria, Candidate candidate, double miles) {
            return candidate.specialisms().containsAll(criteria.highNeeds());
        }

        @Override
        String whyNot(Criteria criteria, Candidate candidate, double miles) {
            return "does not specialise in " + criteria.highNeeds().stream().filter(need -> !candidate.specialisms().contains(need))
                    .map(Need::words).sorted().collect(Collectors.joining(" or "));
        }
    },
    LANGUAGE {
        @Override
        boolean met(Criteria criteria, Candidate candidate, double miles) {
            return !criteria.languageEssential() || criteria.language() == null || Scoring.speaks(candidate, criteria.language());
        }

        @Override
        String whyNot(Criteria criteria, Candidate candidate, double miles) {
            return "does not speak " + criteria.language();
        }
    },
    ADAPTATIONS {
        @Override
        boolean met(Criteria criteria, Candidate candidate, double miles) {
            return candidate.adaptations().containsAll(criteria.adaptations());
        }

        @Override
        String whyNot(Criteria criteria, Candidate candidate, double miles) {
            return "does not have " + criteria.adaptations().stream().filter(adaptation -> !candidate.adaptations().contains(adaptation))
                    .sorted().collect(Collectors.joining(" or "));
        }
    },
    WITHIN_DISTANCE {
        @Override
        boolean met(Criteria criteria, Candidate candidate, double miles) {
            return criteria.maximumMiles() == null || Double.isNaN(miles) || miles <= criteria.maximumMiles();
        }

        @Override
        String whyNot(Criteria criteria, Candidate candidate, double miles) {
            return "is " + Math.round(miles) + " miles from home, further than " + Math.round(criteria.maximumMiles());
        }
    };

    /** @param miles from the child's home, or NaN when either place is not known */
    abstract boolean met(Criteria criteria, Candidate candidate, double miles);

    abstract String whyNot(Criteria criteria, Candidate candidate, double miles);

    /** The code kept with a screened-out offer, such as "SPECIALISMS". */
    public String code() {
        return name();
    }
}
