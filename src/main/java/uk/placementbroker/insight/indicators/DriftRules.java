package uk.placementbroker.insight.indicators;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

/**
 * The early warnings the DfES study asks managers to track ("tracking and drift"): children one move
 * away from the short-term measure, reviews overdue, and placements about to become long-term stable.
 * Plain rules of a child's history and a day, so the lists and their tests read the same.
 */
public final class DriftRules {

    /** Working days from entry to care to the first review. */
    static final int FIRST_REVIEW_WORKING_DAYS = 20;

    static final int SECOND_REVIEW_MONTHS = 3;
    static final int LATER_REVIEW_MONTHS = 6;
    /** Months into care by which a permanence plan is due: the second review. */
    static final int PERMANENCE_PLAN_MONTHS = 4;

    private static final MonthDay YEAR_START = MonthDay.of(4, 1);

    private DriftRules() {}

    /** Looked after on {@code day} with two placements since 1 April: one more and they count in the short-term measure. */
    public static boolean twoPlacementsThisYear(ChildHistory child, LocalDate day) {
        return child.episodeOn(day).isPresent() && child.placementsBetween(yearStart(day), day) == 2;
    }

    /**
     * The day the child will have lived with their carer for two years, when that falls after
     * {@code day} and no later than {@code within} months after it: a placement about to count as stable.
     */
    public static Optional<LocalDate> reachesTwoYearsWithCarer(ChildHistory child, LocalDate day, int within) {
        return child.withTheSameCarerSince(day)
                .map(since -> since.plusYears(2))
                .filter(twoYears -> twoYears.isAfter(day) && !twoYears.isAfter(day.plusMonths(within)));
    }

    /**
     * When the child's next review was due, if it is overdue on {@code day}: the first within 20
     * working days of the start of this period of care, the second within 3 months of the first, then
     * every 6 months. A late review still counts, and the next is due from the day it was held.
     */
    public static Optional<LocalDate> reviewOverdueSince(ChildHistory child, List<LocalDate> reviews, LocalDate day) {
        Optional<LocalDate> since = child.lookedAfterContinuouslySince(day);
        if (since.isEmpty()) {
            return Optional.empty();
        }
        LocalDate due = addWorkingDays(since.get(), FIRST_REVIEW_WORKING_DAYS);
        int held = 0;
        for (LocalDate review : reviews.stream().sorted().toList()) {
            if (review.isBefore(since.get()) || review.isAfter(day)) {
                continue;
            }
            held++;
            due = review.plusMonths(held == 1 ? SECOND_REVIEW_MONTHS : LATER_REVIEW_MONTHS);
        }
        return due.isBefore(day) ? Optional.of(due) : Optional.empty();
    }

    /**
     * When the child's permanence plan was due, if they are looked after on {@code day}, have been for
     * more than 4 months without a break, and have none recorded.
     */
    public static Optional<LocalDate> permanencePlanOverdueSince(
            ChildHistory child, boolean planRecorded, LocalDate day) {
        if (planRecorded) {
            return Optional.empty();
        }
        return child.lookedAfterContinuouslySince(day)
                .map(since -> since.plusMonths(PERMANENCE_PLAN_MONTHS))
                .filter(due -> due.isBefore(day));
    }

    /** Weekdays only; bank holidays are not counted out (they differ across the UK and from year to year). */
    static LocalDate addWorkingDays(LocalDate from, int workingDays) {
        LocalDate day = from;
        int added = 0;
        while (added < workingDays) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                added++;
            }
        }
        return day;
    }

    /** 1 April of the collection year the day falls in. */
    static LocalDate yearStart(LocalDate day) {
        LocalDate thisYears = YEAR_START.atYear(day.getYear());
        return day.isBefore(thisYears) ? thisYears.minusYears(1) : thisYears;
    }
}
