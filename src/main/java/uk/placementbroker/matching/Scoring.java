package uk.placementbroker.matching;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import uk.placementbroker.shared.Money;
import uk.placementbroker.shared.Need;

/** The soft score's factors, each a value from 0 to 1, or NaN when it cannot be judged for this child and home. */
final class Scoring {

    /** Beyond this, distance counts as far as it can. */
    static final double FAR_MILES = 60;
    /** A vacancy confirmed within this many days is fresh; it weighs less as it goes stale, and nothing after 60 days. */
    static final int FRESH_DAYS = 14;

    static final int STALE_DAYS = 60;

    private Scoring() {}

    static double value(
            Factor factor,
            Criteria criteria,
            Candidate candidate,
            double milesFromHome,
            double milesFromSchool,
            LocalDate today) {
        return switch (factor) {
            case DISTANCE_FROM_HOME -> closeness(milesFromHome);
            case DISTANCE_FROM_SCHOOL -> closeness(milesFromSchool);
            case IDENTITY -> identity(criteria, candidate);
            case LANGUAGE -> criteria.language() == null ? Double.NaN : speaks(candidate, criteria.language()) ? 1 : 0;
            case SKILLS -> skills(criteria, candidate);
            case STABILITY ->
                candidate.unplannedEndingRate() == null
                        ? Double.NaN
                        : Math.max(0, 1 - 2 * candidate.unplannedEndingRate());
            case QUALITY -> candidate.ofstedOverall() == null ? Double.NaN : (4 - candidate.ofstedOverall()) / 3.0;
            case FRESHNESS -> freshness(candidate, today);
            case COST -> cost(candidate);
        };
    }

    static String words(
            Factor factor,
            Criteria criteria,
            Candidate candidate,
            double milesFromHome,
            double milesFromSchool,
            LocalDate today) {
        return switch (factor) {
            case DISTANCE_FROM_HOME -> miles(milesFromHome) + " from home";
            case DISTANCE_FROM_SCHOOL -> miles(milesFromSchool) + " from school";
            case IDENTITY -> identityWords(criteria, candidate);
            case LANGUAGE ->
                speaks(candidate, criteria.language())
                        ? "carers speak " + criteria.language()
                        : "carers do not speak " + criteria.language();
            case SKILLS -> skillsWords(criteria, candidate);
            case STABILITY ->
                Math.round(candidate.unplannedEndingRate() * 100) + "% of the provider's placements ended unplanned";
            case QUALITY -> "Ofsted: " + judgement(candidate.ofstedOverall());
            case FRESHNESS -> {
                long days = ChronoUnit.DAYS.between(candidate.lastConfirmed(), today);
                yield days <= FRESH_DAYS
                        ? "vacancy confirmed " + (days == 0 ? "today" : days == 1 ? "yesterday" : days + " days ago")
                        : "vacancy not confirmed for " + days + " days";
            }
            case COST -> costWords(candidate);
        };
    }

    static boolean speaks(Candidate candidate, String language) {
        for (String spoken : candidate.languages()) {
            if (spoken.equalsIgnoreCase(language)) {
                return true;
            }
        }
        return false;
    }

    private static double closeness(double miles) {
        return Double.isNaN(miles) ? Double.NaN : 1 - Math.min(miles, FAR_MILES) / FAR_MILES;
    }

    private static double identity(Criteria criteria, Candidate candidate) {
        boolean judgeEthnicity =
                criteria.ethnicity() != null && !candidate.ethnicities().isEmpty();
        boolean judgeReligion = criteria.religion() != null && candidate.religion() != null;
        if (!judgeEthnicity && !judgeReligion) {
            return Double.NaN;
        }
        double matched = 0;
        if (judgeEthnicity && candidate.ethnicities().contains(criteria.ethnicity())) {
            matched++;
        }
        if (judgeReligion && candidate.religion().equalsIgnoreCase(criteria.religion())) {
            matched++;
        }
        return matched / ((judgeEthnicity ? 1 : 0) + (judgeReligion ? 1 : 0));
    }

    private static String identityWords(Criteria criteria, Candidate candidate) {
        List<String> shared = new ArrayList<>();
        if (criteria.ethnicity() != null && candidate.ethnicities().contains(criteria.ethnicity())) {
            shared.add("ethnicity");
        }
        if (criteria.religion() != null
                && candidate.religion() != null
                && candidate.religion().equalsIgnoreCase(criteria.religion())) {
            shared.add("religion (" + candidate.religion() + ")");
        }
        return shared.isEmpty()
                ? "does not share the child's ethnicity or religion"
                : "shares the child's " + String.join(" and ", shared);
    }

    /** The home's skill level (1 to 3), and how many of the child's other needs it specialises in. */
    private static double skills(Criteria criteria, Candidate candidate) {
        double level = (Math.max(1, Math.min(3, candidate.skillLevel())) - 1) / 2.0;
        if (criteria.otherNeeds().isEmpty()) {
            return level;
        }
        int covered = 0;
        for (Need need : criteria.otherNeeds()) {
            if (candidate.specialisms().contains(need)) {
                covered++;
            }
        }
        return (level + (double) covered / criteria.otherNeeds().size()) / 2;
    }

    private static String skillsWords(Criteria criteria, Candidate candidate) {
        String level = switch (Math.max(1, Math.min(3, candidate.skillLevel()))) {
            case 1 -> "standard";
            case 2 -> "enhanced";
            default -> "complex-needs";
        };
        List<Need> needs = new ArrayList<>(criteria.highNeeds());
        criteria.otherNeeds().stream().filter(candidate.specialisms()::contains).forEach(needs::add);
        return needs.isEmpty()
                ? level + " skills"
                : level + " skills for "
                        + needs.stream().map(Need::words).distinct().sorted().collect(Collectors.joining(", "));
    }

    private static double freshness(Candidate candidate, LocalDate today) {
        long days = today.toEpochDay() - candidate.lastConfirmed().toEpochDay();
        if (days <= FRESH_DAYS) {
            return 1;
        }
        return Math.max(0, 1 - (double) (days - FRESH_DAYS) / (STALE_DAYS - FRESH_DAYS));
    }

    /** Within the band, cheaper is better (from 1 at the bottom to 0.5 at the top); above it, the score falls away. */
    private static double cost(Candidate candidate) {
        Candidate.FeeBand band = candidate.feeBand();
        if (band == null) {
            return Double.NaN;
        }
        long fee = candidate.weeklyFee().pence();
        long lowest = band.lowest().pence();
        long highest = band.highest().pence();
        if (fee <= lowest) {
            return 1;
        }
        if (fee <= highest) {
            return highest == lowest ? 1 : 1 - 0.5 * (fee - lowest) / (double) (highest - lowest);
        }
        return Math.max(0, 0.5 - (fee - highest) / (double) highest);
    }

    private static String costWords(Candidate candidate) {
        Candidate.FeeBand band = candidate.feeBand();
        Money fee = candidate.weeklyFee();
        if (fee.compareTo(band.highest()) > 0) {
            return fee.minus(band.highest()) + " above the band";
        }
        if (fee.compareTo(band.lowest()) < 0) {
            return band.lowest().minus(fee) + " below the band";
        }
        return "within the fee band";
    }

    private static String miles(double miles) {
        long rounded = Math.round(miles);
        return rounded == 1 ? "1 mile" : rounded + " miles";
    }

    static String judgement(int overall) {
        return switch (overall) {
            case 1 -> "outstanding";
            case 2 -> "good";
            case 3 -> "requires improvement";
            default -> "inadequate";
        };
    }
}
