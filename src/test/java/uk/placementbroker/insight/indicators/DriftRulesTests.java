package uk.placementbroker.insight.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.placementbroker.insight.indicators.ChildHistoryFixture.aChild;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DriftRulesTests {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-26");

    @Test
    void aChildWithTwoPlacementsSince1AprilIsOneMoveAway() {
        ChildHistory twoPlacements =
                aChild().entersCareOn("2025-01-01").movesOn("2026-06-01").build();
        ChildHistory threePlacements = aChild().entersCareOn("2025-01-01")
                .movesOn("2026-06-01")
                .movesOn("2026-09-01")
                .build();
        ChildHistory oneSinceApril =
                aChild().entersCareOn("2025-01-01").movesOn("2026-03-31").build();
        ChildHistory leftCare = aChild().entersCareOn("2025-01-01")
                .movesOn("2026-06-01")
                .leavesCareOn("2026-10-01")
                .build();

        assertThat(DriftRules.twoPlacementsThisYear(twoPlacements, TODAY)).isTrue();
        assertThat(DriftRules.twoPlacementsThisYear(threePlacements, TODAY)).isFalse();
        assertThat(DriftRules.twoPlacementsThisYear(oneSinceApril, TODAY)).isFalse();
        assertThat(DriftRules.twoPlacementsThisYear(leftCare, TODAY)).isFalse();
    }

    @Test
    void aChildLookedAfterForMoreThanFourMonthsWithoutAPlanIsDrifting() {
        ChildHistory fiveMonths =
                aChild().entersCareOn("2026-06-20").movesOn("2026-09-01").build();
        ChildHistory threeMonths = aChild().entersCareOn("2026-08-20").build();
        ChildHistory backInCare = aChild().entersCareOn("2024-01-01")
                .leavesCareOn("2026-05-01")
                .returnsOn("2026-10-01", 1)
                .build();

        assertThat(DriftRules.permanencePlanOverdueSince(fiveMonths, false, TODAY))
                .contains(LocalDate.parse("2026-10-20"));
        assertThat(DriftRules.permanencePlanOverdueSince(fiveMonths, true, TODAY))
                .as("plan recorded")
                .isEmpty();
        assertThat(DriftRules.permanencePlanOverdueSince(threeMonths, false, TODAY))
                .isEmpty();
        assertThat(DriftRules.permanencePlanOverdueSince(backInCare, false, TODAY))
                .as("counted from the return to care")
                .isEmpty();
    }

    @Test
    void theYearStartsOn1April() {
        assertThat(DriftRules.yearStart(LocalDate.parse("2026-03-31"))).isEqualTo("2025-04-01");
        assertThat(DriftRules.yearStart(LocalDate.parse("2026-04-01"))).isEqualTo("2026-04-01");
    }

    @Test
    void aPlacementReachingTwoYearsWithinTheWindowIsFlagged() {
        ChildHistory soon = aChild().entersCareOn("2024-12-15").build();
        ChildHistory already = aChild().entersCareOn("2024-11-26").build();
        ChildHistory later = aChild().entersCareOn("2025-03-01").build();
        ChildHistory sameCarerAfterMove = aChild().entersCareOn("2024-12-01")
                .movesWithTheSameCarerOn("2025-06-01", "U4")
                .build();

        assertThat(DriftRules.reachesTwoYearsWithCarer(soon, TODAY, 3)).contains(LocalDate.parse("2026-12-15"));
        assertThat(DriftRules.reachesTwoYearsWithCarer(already, TODAY, 3)).isEmpty();
        assertThat(DriftRules.reachesTwoYearsWithCarer(later, TODAY, 3)).isEmpty();
        assertThat(DriftRules.reachesTwoYearsWithCarer(sameCarerAfterMove, TODAY, 3))
                .contains(LocalDate.parse("2026-12-01"));
    }

    @Test
    void theFirstReviewIsDueWithinTwentyWorkingDays() {
        ChildHistory child = aChild().entersCareOn("2026-10-01").build();

        assertThat(DriftRules.addWorkingDays(LocalDate.parse("2026-10-01"), 20)).isEqualTo("2026-10-29");
        assertThat(DriftRules.reviewOverdueSince(child, List.of(), LocalDate.parse("2026-10-29")))
                .isEmpty();
        assertThat(DriftRules.reviewOverdueSince(child, List.of(), LocalDate.parse("2026-10-30")))
                .contains(LocalDate.parse("2026-10-29"));
    }

    @Test
    void theSecondReviewIsDueThreeMonthsAfterTheFirstThenEverySixMonths() {
        ChildHistory child = aChild().entersCareOn("2025-01-06").build();
        LocalDate first = LocalDate.parse("2025-01-30");
        LocalDate second = LocalDate.parse("2025-04-28");

        assertThat(DriftRules.reviewOverdueSince(child, List.of(first), LocalDate.parse("2025-04-30")))
                .isEmpty();
        assertThat(DriftRules.reviewOverdueSince(child, List.of(first), LocalDate.parse("2025-05-01")))
                .contains(LocalDate.parse("2025-04-30"));
        assertThat(DriftRules.reviewOverdueSince(child, List.of(first, second), LocalDate.parse("2025-10-28")))
                .isEmpty();
        assertThat(DriftRules.reviewOverdueSince(child, List.of(first, second), LocalDate.parse("2025-10-29")))
                .contains(LocalDate.parse("2025-10-28"));
    }

    @Test
    void onlyReviewsOfThisPeriodOfCareCount() {
        ChildHistory child = aChild().entersCareOn("2024-01-01")
                .leavesCareOn("2025-01-01")
                .entersCareOn("2026-10-01")
                .build();

        assertThat(DriftRules.reviewOverdueSince(
                        child, List.of(LocalDate.parse("2024-01-20")), LocalDate.parse("2026-11-26")))
                .contains(LocalDate.parse("2026-10-29"));
    }
}
