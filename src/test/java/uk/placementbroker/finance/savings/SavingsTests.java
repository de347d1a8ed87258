package uk.placementbroker.finance.savings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.placementbroker.shared.Money;

/** The savings worked out as the page says: a worked example, checked by hand. */
class SavingsTests {

    @Test
    void negotiationForAYearAndTheOverClaimsStoppedAreSavedAndTheMarketDifferenceIsShownApart() {
        // First quoted £4,950 a week, agreed £4,800: £150 a week, £7,800 a year. The other offers £5,200, £5,600 and
        // £6,000: their median £5,600, £800 a week above the agreed price, £41,600 a year avoided. Over-claims stopped
        // £180.04. Saved: £7,800 + £180.04 = £7,980.04.
        Savings.Placed placed = new Savings.Placed(
                1,
                "PB-1-1",
                "Riverside House",
                "Harbour Care",
                "broker.northbridge",
                LocalDate.of(2026, 5, 11),
                Money.pounds(4_950),
                Money.pounds(4_800),
                List.of(Money.pounds(6_000), Money.pounds(5_200), Money.pounds(5_600)),
                new Money(18_004));

        assertThat(placed.negotiatedAYear()).isEqualTo(Money.pounds(7_800));
        assertThat(placed.medianOfOthers()).isEqualTo(Money.pounds(5_600));
        assertThat(placed.belowTheMarketAYear()).isEqualTo(Money.pounds(41_600));
        assertThat(placed.saved()).isEqualTo(new Money(798_004));
        assertThat(placed.year()).as("the year 1 April 2026 to 31 March 2027").isEqualTo(2027);
    }

    @Test
    void aPriceAboveTheFirstQuoteOrTheMarketSavesNothingAndTheMedianOfAnEvenCountIsTheMiddlePairsMean() {
        Savings.Placed dearer = new Savings.Placed(
                2,
                "PB-1-2",
                "Home",
                "Oakfield",
                "broker.northbridge",
                LocalDate.of(2027, 2, 1),
                Money.pounds(900),
                Money.pounds(950),
                List.of(Money.pounds(900), new Money(92_001)),
                Money.ZERO);
        assertThat(dearer.negotiatedAYear()).isEqualTo(Money.ZERO);
        assertThat(dearer.medianOfOthers()).isEqualTo(new Money(91_001));
        assertThat(dearer.belowTheMarketAYear()).isEqualTo(Money.ZERO);
        assertThat(dearer.year()).isEqualTo(2027);

        List<Savings.Total> years = Savings.byYear(List.of(dearer), Money.pounds(200_000));
        assertThat(years).singleElement().satisfies(year -> {
            assertThat(year.name()).isEqualTo("2026 to 2027");
            assertThat(year.percentOfTarget()).isZero();
        });
    }
}
