package uk.placementbroker.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReviewScheduleTests {

    @Test
    void theBankHolidaysOfEnglandAreFoundByTheirRules() {
        assertThat(EnglandWorkingDays.bankHolidays(2026))
                .containsExactlyInAnyOrder(
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 4, 3),
                        LocalDate.of(2026, 4, 6),
                        LocalDate.of(2026, 5, 4),
                        LocalDate.of(2026, 5, 25),
                        LocalDate.of(2026, 8, 31),
                        LocalDate.of(2026, 12, 25),
                        LocalDate.of(2026, 12, 28));
        assertThat(EnglandWorkingDays.bankHolidays(2027))
                .as("Christmas on a Saturday: both days move to the Monday and Tuesday")
                .contains(LocalDate.of(2027, 12, 27), LocalDate.of(2027, 12, 28), LocalDate.of(2027, 3, 26));
        assertThat(EnglandWorkingDays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(EnglandWorkingDays.easterSunday(2028)).isEqualTo(LocalDate.of(2028, 4, 16));
    }

    @Test
    void theFirstReviewIsDueWithinTwentyWorkingDaysOfTheStartThenThreeMonthsThenEverySix() {
        LocalDate start = LocalDate.of(2026, 12, 7);

        // 20 working days from Monday 7 December, over Christmas Day, the Monday after Boxing Day and New Year's Day.
        LocalDate first = ReviewSchedule.STATUTORY.nextDue(start, 0, null);
        assertThat(first).isEqualTo(LocalDate.of(2027, 1, 7));
        LocalDate held = LocalDate.of(2027, 1, 5);
        assertThat(ReviewSchedule.STATUTORY.nextDue(start, 1, held)).isEqualTo(LocalDate.of(2027, 4, 5));
        assertThat(ReviewSchedule.STATUTORY.nextDue(start, 2, LocalDate.of(2027, 4, 1)))
                .isEqualTo(LocalDate.of(2027, 10, 1));
        assertThat(ReviewSchedule.STATUTORY.words())
                .isEqualTo(
                        "The first review within 20 working days of the placement's start, the second within 3 months"
                                + " of the first, then every 6 months.");
    }

    @Test
    void aCouncilMaySetItsOwnRhythm() {
        ReviewSchedule monthly = new ReviewSchedule(10, 1, 1);

        assertThat(monthly.nextDue(LocalDate.of(2027, 6, 1), 0, null)).isEqualTo(LocalDate.of(2027, 6, 15));
        assertThat(monthly.nextDue(LocalDate.of(2027, 6, 1), 3, LocalDate.of(2027, 8, 15)))
                .isEqualTo(LocalDate.of(2027, 9, 15));
        assertThat(monthly.words()).endsWith("the second within a month of the first, then every month.");
    }
}
