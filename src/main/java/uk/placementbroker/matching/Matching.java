package uk.placementbroker.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.placementbroker.shared.GeoPoint;

/**
 * Ranks the homes that could take a child: each candidate is checked against every hard constraint,
 * cheapest first; those that pass are scored on the weighted factors and ranked, best first, ties
 * broken by the candidate's id so that the same market always gives the same order.
 */
public final class Matching {

    private static final Factor[] FACTORS = Factor.values();
    private static final HardConstraint[] CONSTRAINTS = HardConstraint.values();
    private static final HardConstraint[] BY_WORDS = {
        HardConstraint.NOT_IN_AN_AREA_TO_AVOID, HardConstraint.LANGUAGE, HardConstraint.ADAPTATIONS
    };
    // Compared on primitives: a search anywhere sorts thousands of homes, and boxed keys cost more than the scoring.
    private static final Comparator<Ranked> BEST_FIRST = (one, other) -> {
        if (one.askedFirst() != other.askedFirst()) {
            return one.askedFirst() ? -1 : 1;
        }
        int byScore = Double.compare(other.score(), one.score());
        return byScore != 0
                ? byScore
                : one.candidate().id().compareTo(other.candidate().id());
    };

    /** Why a council's own carer ranks above homes that score higher. */
    public static final String ASKED_FIRST =
            "the council's own carer, ranked above other providers' homes:" + " the council asks its own carers first";

    private final Weights weights;
    private final double[] weightOf = new double[FACTORS.length];

    public Matching(Weights weights) {
        this.weights = weights;
        for (Factor factor : FACTORS) {
            weightOf[factor.ordinal()] = weights.of(factor);
        }
    }

    public Ranking rank(Criteria criteria, List<Candidate> candidates, LocalDate today) {
        return rank(criteria, CandidatePool.of(candidates), today);
    }

    public Ranking rank(Criteria criteria, CandidatePool pool, LocalDate today) {
        return rank(criteria, pool, today, Set.of());
    }

    /**
     * The same, with the homes of some providers ranked above every other that could take the child, whatever
     * their score: the council's own foster carers, when the council asks its own carers first.
     *
     * @param askedFirst the providers' ids
     */
    public Ranking rank(Criteria criteria, CandidatePool pool, LocalDate today, Set<String> askedFirst) {
        List<Ranked> ranked = new ArrayList<>();
        int[] screenedOutBy = new int[CONSTRAINTS.length];
        GeoPoint.Origin home = criteria.home() == null ? null : criteria.home().asOrigin();
        GeoPoint.Origin school = criteria.school() == null
                ? null
                : criteria.school().equals(criteria.home())
                        ? home
                        : criteria.school().asOrigin();
        long types = CandidatePool.mask(criteria.placementTypes());
        int sex = 1 << criteria.sex().ordinal();
        long neededFrom = criteria.neededFrom().toEpochDay();
        long highNeeds = CandidatePool.mask(criteria.highNeeds());
        int age = criteria.age();
        for (int i = 0; i < pool.candidates.length; i++) {
            HardConstraint failed = firstFailure(
                    pool,
                    i,
                    types,
                    age,
                    sex,
                    criteria.siblingGroupSize(),
                    neededFrom,
                    criteria.livesAlongside(),
                    criteria.canLiveWithPets(),
                    highNeeds);
            Candidate candidate = pool.candidates[i];
            if (failed == null) {
                failed = firstFailureByWords(criteria, candidate);
            }
            if (failed != null) {
                screenedOutBy[failed.ordinal()]++;
                continue;
            }
            double fromHome =
                    home == null || Double.isNaN(pool.latitude[i]) ? Double.NaN : home.milesTo(candidate.location());
            if (!HardConstraint.WITHIN_DISTANCE.met(criteria, candidate, fromHome)) {
                screenedOutBy[HardConstraint.WITHIN_DISTANCE.ordinal()]++;
                continue;
            }
            double fromSchool = school == home ? fromHome : miles(school, candidate);
            double weighted = 0;
            double totalWeight = 0;
            for (Factor factor : FACTORS) {
                double weight = weightOf[factor.ordinal()];
                double value = weight == 0
                        ? Double.NaN
                        : Scoring.value(factor, criteria, candidate, fromHome, fromSchool, today);
                if (!Double.isNaN(value)) {
                    weighted += weight * value;
                    totalWeight += weight;
                }
            }
            double score = totalWeight == 0 ? 0 : 100 * weighted / totalWeight;
            ranked.add(new Ranked(candidate, score, fromHome, fromSchool, askedFirst.contains(candidate.providerId())));
        }
        ranked.sort(BEST_FIRST);
        Map<HardConstraint, Integer> counts = new EnumMap<>(HardConstraint.class);
        for (HardConstraint constraint : CONSTRAINTS) {
            if (screenedOutBy[constraint.ordinal()] > 0) {
                counts.put(constraint, screenedOutBy[constraint.ordinal()]);
            }
        }
        return new Ranking(criteria, weights, today, List.copyOf(ranked), counts);
    }

    /** Every hard constraint the candidate fails, in words: why it was screened out. */
    public static List<Failure> failures(Criteria criteria, Candidate candidate) {
        double fromHome = miles(criteria.home() == null ? null : criteria.home().asOrigin(), candidate);
        List<Failure> failures = new ArrayList<>();
        for (HardConstraint constraint : CONSTRAINTS) {
            if (!constraint.met(criteria, candidate, fromHome)) {
                failures.add(new Failure(constraint, constraint.whyNot(criteria, candidate, fromHome)));
            }
        }
        return failures;
    }

    /**
     * The first constraint failed among those the pool holds as numbers, in {@link HardConstraint}'s
     * order: the same answers as {@link HardConstraint#met}, read from arrays.
     */
    private static HardConstraint firstFailure(
            CandidatePool pool,
            int i,
            long types,
            int age,
            int sex,
            int siblings,
            long neededFrom,
            Criteria.LivesAlongside alongside,
            boolean canLiveWithPets,
            long highNeeds) {
        if ((types & (1L << pool.placementType[i])) == 0) {
            return HardConstraint.PLACEMENT_TYPE;
        }
        if (age < pool.minimumAge[i] || age > pool.maximumAge[i]) {
            return HardConstraint.AGE;
        }
        if ((pool.sexes[i] & sex) == 0) {
            return HardConstraint.SEX;
        }
        if (pool.places[i] < siblings) {
            return HardConstraint.SIBLING_GROUP;
        }
        if (pool.availableFrom[i] > neededFrom) {
            return HardConstraint.AVAILABLE_IN_TIME;
        }
        int flags = pool.flags[i];
        if ((flags & CandidatePool.REGISTERED) == 0) {
            return HardConstraint.REGISTRATION_ACTIVE;
        }
        if ((flags & CandidatePool.NOT_INADEQUATE) == 0) {
            return HardConstraint.NOT_INADEQUATE;
        }
        if ((flags & CandidatePool.NOT_SUSPENDED) == 0) {
            return HardConstraint.PROVIDER_NOT_SUSPENDED;
        }
        int youngest = pool.youngestOtherChild[i];
        boolean alongsideMet = switch (alongside) {
            case ANY_CHILDREN -> true;
            case NO_OTHER_CHILDREN -> youngest < 0;
            case NO_YOUNGER_CHILDREN -> youngest < 0 || youngest >= age;
        };
        if (!alongsideMet) {
            return HardConstraint.LIVES_ALONGSIDE;
        }
        if (!canLiveWithPets && (flags & CandidatePool.PETS) != 0) {
            return HardConstraint.PETS;
        }
        if ((pool.specialisms[i] & highNeeds) != highNeeds) {
            return HardConstraint.SPECIALISMS;
        }
        return null;
    }

    /** The constraints on words (areas, language, adaptations), checked only for candidates that pass the rest. */
    private static HardConstraint firstFailureByWords(Criteria criteria, Candidate candidate) {
        for (HardConstraint constraint : BY_WORDS) {
            if (!constraint.met(criteria, candidate, Double.NaN)) {
                return constraint;
            }
        }
        return null;
    }

    private static double miles(GeoPoint.Origin from, Candidate candidate) {
        return from == null || candidate.location() == null ? Double.NaN : from.milesTo(candidate.location());
    }

    /** A hard constraint failed, and why in words. */
    public record Failure(HardConstraint constraint, String words) {}

    /**
     * A candidate that met every hard constraint, with its score; its parts and explanation are worked out when asked for.
     *
     * @param askedFirst whether its provider's homes rank above the rest (the council's own carers)
     */
    public record Ranked(
            Candidate candidate, double score, double milesFromHome, double milesFromSchool, boolean askedFirst) {}

    /**
     * The result of one search: the ranked candidates, and how many were screened out by each constraint.
     *
     * @param screenedOut for each constraint, how many candidates it screened out (each counted once, by the first it failed)
     */
    public record Ranking(
            Criteria criteria,
            Weights weights,
            LocalDate today,
            List<Ranked> ranked,
            Map<HardConstraint, Integer> screenedOut) {

        /** Each factor's part in the candidate's score, largest contribution first; factors that cannot be judged are left out. */
        public List<ScorePart> parts(Ranked entry) {
            List<ScorePart> parts = new ArrayList<>();
            for (Factor factor : FACTORS) {
                // Worked out again for the few entries shown, rather than kept for every home ranked.
                double value = weights.of(factor) == 0
                        ? Double.NaN
                        : Scoring.value(
                                factor,
                                criteria,
                                entry.candidate(),
                                entry.milesFromHome(),
                                entry.milesFromSchool(),
                                today);
                if (!Double.isNaN(value)) {
                    parts.add(new ScorePart(
                            factor,
                            weights.of(factor),
                            value,
                            Scoring.words(
                                    factor,
                                    criteria,
                                    entry.candidate(),
                                    entry.milesFromHome(),
                                    entry.milesFromSchool(),
                                    today)));
                }
            }
            parts.sort(Comparator.comparingDouble((ScorePart part) -> part.weight() * part.value())
                    .reversed());
            return parts;
        }

        /** The sentence a social worker reads: "12 miles from school; carers speak Polish; enhanced skills for missing episodes; £120 above the band". */
        public String explanation(Ranked entry) {
            List<String> words = new ArrayList<>();
            if (entry.askedFirst()) {
                words.add(ASKED_FIRST);
            }
            for (ScorePart part : parts(entry)) {
                words.add(part.words());
            }
            return String.join("; ", words);
        }

        public int screenedOutCount() {
            return screenedOut.values().stream().mapToInt(Integer::intValue).sum();
        }
    }
}
