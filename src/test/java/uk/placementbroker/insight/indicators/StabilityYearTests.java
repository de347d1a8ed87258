package uk.placementbroker.insight.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.placementbroker.insight.indicators.ChildHistoryFixture.aChild;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The year ending 31 March 2024 (1 April 2023 to 31 March 2024) unless a test says otherwise. */
class StabilityYearTests {

    private final StabilityYear year2024 = new StabilityYear(2024, IndicatorSettings.DFE);

    @Nested
    class ShortTermStability {

        @Test
        void countsThreePlacementsStartedDuringTheYear() {
            ChildHistory child = aChild().entersCareOn("2023-05-01")
                    .movesOn("2023-08-01")
                    .movesOn("2024-01-15")
                    .build();

            assertThat(year2024.lookedAfterAtYearEnd(child)).isTrue();
            assertThat(year2024.placementsDuringTheYear(child)).isEqualTo(3);
            assertThat(year2024.threeOrMorePlacements(child)).isTrue();
        }

        @Test
        void countsThePlacementOpenOn1AprilAsOneOfTheYears() {
            ChildHistory child = aChild().entersCareOn("2021-01-01")
                    .movesOn("2023-06-01")
                    .movesOn("2023-12-01")
                    .build();

            assertThat(year2024.placementsDuringTheYear(child)).isEqualTo(3);
        }

        @Test
        void aPlacementThatEndedOn1AprilWasNotOpenThatDay() {
            ChildHistory child = aChild().entersCareOn("2021-01-01")
                    .movesOn("2023-04-01")
                    .movesOn("2023-12-01")
                    .build();

            assertThat(year2024.placementsDuringTheYear(child)).isEqualTo(2);
            assertThat(year2024.threeOrMorePlacements(child)).isFalse();
        }

        @Test
        void aPlacementStartedBeforeTheYearAndEndedBeforeItDoesNotCount() {
            ChildHistory child = aChild().entersCareOn("2022-01-01")
                    .movesOn("2023-02-01")
                    .movesOn("2023-12-01")
                    .build();

            assertThat(year2024.placementsDuringTheYear(child)).isEqualTo(2);
        }

        @Test
        void aLegalStatusChangeIsNotANewPlacement() {
            ChildHistory child = aChild().entersCareOn("2023-05-01", "V2", "U6")
                    .legalStatusChangesOn("2023-07-01", "C1")
                    .legalStatusChangesOn("2023-09-01", "C2")
                    .movesOn("2024-01-01")
                    .build();

            assertThat(year2024.placementsDuringTheYear(child)).isEqualTo(2);
        }

        @Test
        void aMoveWithTheSameCarerIsStillANewPlacement() {
            ChildHistory child = aChild().entersCareOn("2023-05-01")
                    .movesWithTheSameCarerOn("2023-07-01", "U4")
                    .movesWithTheSameCarerOn("2023-09-01", "U4")
                    .build();

            assertThat(year2024.placementsDuringTheYear(child)).isEqualTo(3);
        }

        @Test
        void aTemporaryPlacementAndTheReturnFromItAreNotPlacements() {
            ChildHistory child = aChild().entersCareOn("2023-05-01")
                    .movesOn("2023-07-01", "T1", "NN8")
                    .returnsOn("2023-07-05", 1)
                    .movesOn("2023-10-01")
                    .build();

            assertThat(year2024.placementsDuringTheYear(child)).isEqualTo(2);
        }

        @Test
        void aMoveElsewhereAfterATemporaryPlacementIsAPlacement() {
            ChildHistory child = aChild().entersCareOn("2023-05-01")
                    .movesOn("2023-07-01", "T4", "NN8")
                    .movesOn("2023-07-05", "U6", "NN7")
                    .build();

            assertThat(year2024.placementsDuringTheYear(child)).isEqualTo(2);
        }

        @Test
        void temporaryPlacementsCountWhenTheSettingSaysSo() {
            ChildHistory child = aChild().countingTemporaryPlacements()
                    .entersCareOn("2023-05-01")
                    .movesOn("2023-07-01", "T1", "NN8")
                    .returnsOn("2023-07-05", 1)
                    .build();

            assertThat(year2024.placementsDuringTheYear(child)).isEqualTo(3);
        }

        @Test
        void aChildWhoLeftCareBefore31MarchIsNotInTheMeasure() {
            ChildHistory child = aChild().entersCareOn("2023-05-01")
                    .movesOn("2023-08-01")
                    .movesOn("2023-10-01")
                    .leavesCareOn("2024-03-31")
                    .build();

            assertThat(year2024.lookedAfterAtYearEnd(child)).isFalse();
        }

        @Test
        void aChildOnAnAgreedSeriesOfShortBreaksOn31MarchIsLeftOut() {
            ChildHistory v3 = aChild().entersCareOn("2023-05-01", "V3", "R1").build();
            ChildHistory v4 = aChild().entersCareOn("2023-05-01", "V4", "U6").build();
            ChildHistory v2 = aChild().entersCareOn("2023-05-01", "V2", "U6").build();

            assertThat(year2024.lookedAfterAtYearEnd(v3)).isFalse();
            assertThat(year2024.lookedAfterAtYearEnd(v4)).isFalse();
            assertThat(year2024.lookedAfterAtYearEnd(v2)).isTrue();
            assertThat(new StabilityYear(2024, new IndicatorSettings(false, false))
                            .lookedAfterAtYearEnd(aChild().includingShortBreaks()
                                    .entersCareOn("2023-05-01", "V3", "R1")
                                    .build()))
                    .isTrue();
        }

        @Test
        void aChildWhoLeavesAndComesBackStartsANewPlacement() {
            ChildHistory child = aChild().entersCareOn("2023-05-01")
                    .leavesCareOn("2023-06-01")
                    .entersCareOn("2023-09-01")
                    .leavesCareOn("2023-10-01")
                    .entersCareOn("2024-02-01")
                    .build();

            assertThat(year2024.placementsDuringTheYear(child)).isEqualTo(3);
            assertThat(year2024.threeOrMorePlacements(child)).isTrue();
        }
    }

    @Nested
    class TwoYearStability {

        @Test
        void countsPlacementsInTheTwoYearsEnding31March() {
            ChildHistory child = aChild().entersCareOn("2021-01-01")
                    .movesOn("2022-06-01")
                    .movesOn("2023-06-01")
                    .build();

            assertThat(year2024.lookedAfterForTwoYears(child)).isTrue();
            assertThat(year2024.threeOrMorePlacementsInTwoYears(child)).isTrue();
            assertThat(year2024.threeOrMorePlacements(child)).isFalse();
        }

        @Test
        void aChildLookedAfterForLessThanTwoYearsIsNotInTheMeasure() {
            ChildHistory exactlyTwoYears = aChild().entersCareOn("2022-03-31").build();
            ChildHistory oneDayShort = aChild().entersCareOn("2022-04-01").build();

            assertThat(year2024.lookedAfterForTwoYears(exactlyTwoYears)).isTrue();
            assertThat(year2024.lookedAfterForTwoYears(oneDayShort)).isFalse();
        }

        @Test
        void aBreakInCareRestartsTheTwoYears() {
            ChildHistory child = aChild().entersCareOn("2020-01-01")
                    .leavesCareOn("2023-01-01")
                    .entersCareOn("2023-02-01")
                    .build();

            assertThat(year2024.lookedAfterForTwoYears(child)).isFalse();
        }
    }

    @Nested
    class LongTermStability {

        @Test
        void aChildWithTheSameCarerForTwoYearsIsStable() {
            ChildHistory child =
                    aChild().entersCareOn("2020-01-01").movesOn("2022-03-31").build();

            assertThat(year2024.longTermCohort(child)).isTrue();
            assertThat(year2024.stableForTwoYears(child)).isTrue();
        }

        @Test
        void aCarerForOneDayLessThanTwoYearsIsNotEnough() {
            ChildHistory child =
                    aChild().entersCareOn("2020-01-01").movesOn("2022-04-01").build();

            assertThat(year2024.stableForTwoYears(child)).isFalse();
        }

        @Test
        void movesWithTheSameCarerAndLegalStatusChangesKeepTheCarer() {
            ChildHistory child = aChild().entersCareOn("2020-01-01")
                    .movesOn("2021-06-01")
                    .movesWithTheSameCarerOn("2023-01-01", "U4")
                    .legalStatusChangesOn("2023-06-01", "C1")
                    .episode("2023-09-01", ReasonForNewEpisode.U, "E1", "U4", "NN5")
                    .build();

            assertThat(child.withTheSameCarerSince(year2024.lastDay()))
                    .contains(java.time.LocalDate.parse("2021-06-01"));
            assertThat(year2024.stableForTwoYears(child)).isTrue();
        }

        @Test
        void aChangeOfLegalStatusAndCarerTogetherIsANewCarer() {
            ChildHistory child = aChild().entersCareOn("2020-01-01")
                    .episode("2023-01-01", ReasonForNewEpisode.B, "C2", "U4", "NN5")
                    .build();

            assertThat(year2024.stableForTwoYears(child)).isFalse();
        }

        @Test
        void onlyChildrenLookedAfterForTwoAndAHalfYearsAreInTheCohort() {
            assertThat(year2024.longTermCohort(
                            aChild().entersCareOn("2021-09-30").build()))
                    .isTrue();
            assertThat(year2024.longTermCohort(
                            aChild().entersCareOn("2021-10-01").build()))
                    .isFalse();
        }

        @Test
        void aChildWhoIs16On31MarchIsNotInTheCohort() {
            ChildHistory fifteen =
                    aChild().bornOn("2008-04-01").entersCareOn("2018-01-01").build();
            ChildHistory sixteenOn31March =
                    aChild().bornOn("2008-03-31").entersCareOn("2018-01-01").build();

            assertThat(year2024.longTermCohort(fifteen)).isTrue();
            assertThat(year2024.longTermCohort(sixteenOn31March)).isFalse();
        }

        @Test
        void aChildPlacedForAdoptionCountsTheAdoptivePlacementWithThePreviousOne() {
            ChildHistory stable = aChild().entersCareOn("2020-01-01")
                    .movesOn("2022-01-01")
                    .movesOn("2023-06-01", "A4", "NN7")
                    .build();
            ChildHistory notStable = aChild().entersCareOn("2020-01-01")
                    .movesOn("2022-06-01")
                    .movesOn("2023-06-01", "A6", "NN7")
                    .build();

            assertThat(year2024.stableForTwoYears(stable)).isTrue();
            assertThat(year2024.stableForTwoYears(notStable)).isFalse();
        }

        @Test
        void theCarerBeforeTheAdoptionCountsFromTheirFirstDayOverMovesThatKeptTheSameCarer() {
            // With the carer since 1 September 2021; a move with the same carer on 1 August 2022; placed for adoption
            // on 1 June 2023: the carer's time from 2021 with the adoption reaches two years by 31 March 2024.
            ChildHistory withANewAdopter = aChild().entersCareOn("2020-01-01")
                    .movesOn("2021-09-01")
                    .movesWithTheSameCarerOn("2022-08-01", "U4")
                    .movesOn("2023-06-01", "A4", "NN7")
                    .build();
            ChildHistory adoptedByTheCarer = aChild().entersCareOn("2020-01-01")
                    .movesOn("2021-09-01")
                    .movesWithTheSameCarerOn("2022-08-01", "U4")
                    .movesWithTheSameCarerOn("2023-06-01", "A3")
                    .build();
            ChildHistory tooLate = aChild().entersCareOn("2020-01-01")
                    .movesOn("2022-06-01")
                    .movesWithTheSameCarerOn("2022-08-01", "U4")
                    .movesOn("2023-06-01", "A4", "NN7")
                    .build();

            assertThat(year2024.stableForTwoYears(withANewAdopter)).isTrue();
            assertThat(year2024.stableForTwoYears(adoptedByTheCarer)).isTrue();
            assertThat(year2024.stableForTwoYears(tooLate)).isFalse();
        }

        @Test
        void aBreakInCareTakesTheChildOutOfTheCohort() {
            ChildHistory child = aChild().entersCareOn("2018-01-01")
                    .leavesCareOn("2022-01-01")
                    .entersCareOn("2022-01-02")
                    .build();

            assertThat(year2024.longTermCohort(child)).isFalse();
        }

        @Test
        void aTemporaryPlacementDoesNotBreakTheCarer() {
            ChildHistory child = aChild().entersCareOn("2020-01-01")
                    .movesOn("2023-07-01", "T2", "NN8")
                    .returnsOn("2023-07-14", 1)
                    .build();

            assertThat(year2024.stableForTwoYears(child)).isTrue();
        }
    }
}
