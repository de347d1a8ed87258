package uk.placementbroker.matching;

import java.util.EnumMap;
import java.util.Map;

/** How much each factor counts in the score; shown beside every ranking so that nobody has to guess. */
public record Weights(Map<Factor, Double> byFactor) {

    /** The weights a brokerage team starts from: closeness to home and school and the right skills count most. */
    public static final Weights DEFAULT = new Weights(Map.of(
            Factor.DISTANCE_FROM_HOME, 3.0,
            Factor.DISTANCE_FROM_SCHOOL, 3.0,
            Factor.IDENTITY, 1.5,
            Factor.LANGUAGE, 1.5,
            Factor.SKILLS, 3.0,
            Factor.STABILITY, 2.0,
            Factor.QUALITY, 2.0,
            Factor.FRESHNESS, 1.0,
            Factor.COST, 2.0));

    public Weights {
        EnumMap<Factor, Double> copy = new EnumMap<>(Factor.class);
        for (Factor factor : Factor.values()) {
            double weight = byFactor.getOrDefault(factor, 0.0);
            if (weight < 0 || Double.isNaN(weight)) {
                throw new IllegalArgumentException("The weight of " + factor.label() + " must be zero or more");
            }
            copy.put(factor, weight);
        }
        byFactor = Map.copyOf(copy);
    }

    public double of(Factor factor) {
        return byFactor.get(factor);
    }
}
