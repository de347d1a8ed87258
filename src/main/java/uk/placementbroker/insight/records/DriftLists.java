package uk.placementbroker.insight.records;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.placementbroker.children.Child;
import uk.placementbroker.children.ChildRecords;
import uk.placementbroker.insight.indicators.ChildHistory;
import uk.placementbroker.insight.indicators.DriftRules;
import uk.placementbroker.insight.returns.ReturnImport;
import uk.placementbroker.insight.returns.Returns;
import uk.placementbroker.placement.Reviews;

/** The council's children to act on now, from its own records. */
@Component
public class DriftLists {

    /** How far ahead to look for placements about to reach two years. */
    public static final int MONTHS_AHEAD = 3;

    /** How many of a list a page shows, the longest waiting first. */
    public static final int SHOWN = 50;

    /**
     * One child on a list: who, and what puts them there.
     *
     * @param childId the child's record in Placement Broker, or null when only the imported return knows them
     * @param since when the child began living with their current carer
     * @param date the day that matters for the list: two years with the carer, or a review was due
     */
    public record Entry(
            Long childId, String name, String reference, String placement, LocalDate since, LocalDate date) {}

    /** @param reviewsAsAt the 31 March of the imported return the overdue reviews are counted at, or null without one */
    public record Lists(
            List<Entry> twoPlacementsThisYear,
            List<Entry> reachingTwoYears,
            List<Entry> noPermanencePlan,
            List<Entry> reviewsOverdue,
            LocalDate reviewsAsAt,
            long reviewsOverdueCount,
            List<Entry> placementReviewsOverdue) {}

    private final OwnRecords ownRecords;
    private final Returns returns;
    private final ReturnImport returnImport;
    private final ChildRecords childRecords;
    private final Reviews placementReviews;

    DriftLists(
            OwnRecords ownRecords,
            Returns returns,
            ReturnImport returnImport,
            ChildRecords childRecords,
            Reviews placementReviews) {
        this.placementReviews = placementReviews;
        this.returnImport = returnImport;
        this.ownRecords = ownRecords;
        this.returns = returns;
        this.childRecords = childRecords;
    }

    public Lists of(long localAuthorityId, LocalDate today) {
        List<Entry> twoPlacements = new ArrayList<>();
        List<Entry> reachingTwoYears = new ArrayList<>();
        List<Entry> noPermanencePlan = new ArrayList<>();
        Set<Long> withPlans = childRecords.childrenWithAPermanencePlan(localAuthorityId);
        Map<String, Child> byReference = new HashMap<>();
        Map<Long, Child> byId = new HashMap<>();
        ownRecords.forEachHistory(localAuthorityId, (child, history) -> {
            byReference.put(child.childReference(), child);
            byId.put(child.id(), child);
            if (DriftRules.twoPlacementsThisYear(history, today)) {
                twoPlacements.add(entry(child, history, today, null));
            }
            DriftRules.reachesTwoYearsWithCarer(history, today, MONTHS_AHEAD)
                    .ifPresent(twoYears -> reachingTwoYears.add(entry(child, history, today, twoYears)));
            DriftRules.permanencePlanOverdueSince(history, withPlans.contains(child.id()), today)
                    .ifPresent(due -> noPermanencePlan.add(entry(child, history, today, due)));
        });
        noPermanencePlan.sort(Comparator.comparing(Entry::date));
        twoPlacements.sort(Comparator.comparing(Entry::since).reversed());
        reachingTwoYears.sort(Comparator.comparing(Entry::date));
        List<Entry> placementReviewsOverdue = placementReviews.overdueIn(localAuthorityId, today).stream()
                .filter(overdue -> byId.containsKey(overdue.childId()))
                .map(overdue -> {
                    Child child = byId.get(overdue.childId());
                    return new Entry(
                            child.id(),
                            child.fullName(),
                            child.childReference(),
                            overdue.homeName(),
                            overdue.startDate(),
                            overdue.due());
                })
                .toList();
        List<Integer> years = returns.years(localAuthorityId);
        if (years.isEmpty()) {
            return new Lists(
                    twoPlacements, reachingTwoYears, noPermanencePlan, List.of(), null, 0, placementReviewsOverdue);
        }
        LocalDate asAt = LocalDate.of(years.get(years.size() - 1), 3, 31);
        Returns.ReviewsOverdue overdue = returns.reviewsOverdue(localAuthorityId, asAt, SHOWN)
                .orElseGet(() -> {
                    returnImport.recomputeMeasures(localAuthorityId);
                    return returns.reviewsOverdue(localAuthorityId, asAt, SHOWN).orElseThrow();
                });
        return new Lists(
                twoPlacements,
                reachingTwoYears,
                noPermanencePlan,
                reviewsOverdue(overdue.first(), byReference),
                asAt,
                overdue.count(),
                placementReviewsOverdue);
    }

    /**
     * From the imported returns, which hold the reviews: the first children looked after on the latest 31 March whose
     * review was overdue, as worked out when the returns were imported (and, for returns imported before that was
     * kept, worked out on the first view, once).
     */
    private static List<Entry> reviewsOverdue(List<Returns.ReviewOverdue> kept, Map<String, Child> byReference) {
        return kept.stream()
                .map(review -> {
                    Child child = byReference.get(review.child());
                    return new Entry(
                            child == null ? null : child.id(),
                            child == null ? null : child.fullName(),
                            review.child(),
                            review.placementType(),
                            review.since(),
                            review.due());
                })
                .toList();
    }

    private static Entry entry(Child child, ChildHistory history, LocalDate today, LocalDate date) {
        return new Entry(
                child.id(),
                child.fullName(),
                child.childReference(),
                child.currentEpisode()
                        .map(episode -> episode.placementTypeLabel())
                        .orElse(null),
                history.withTheSameCarerSince(today).orElse(null),
                date);
    }
}
