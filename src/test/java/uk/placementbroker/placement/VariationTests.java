package uk.placementbroker.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.placementbroker.shared.Money;

/** A variation changes items of the price from a day, and keeps every rate before it. */
class VariationTests {

    private static final LocalDate START = LocalDate.of(2026, 9, 7);
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 4);
    private static final Price AGREED = new Price(List.of(
            PriceLine.weekly(PriceItem.ACCOMMODATION_AND_CARE, Money.pounds(900), START),
            PriceLine.oneToOne(new BigDecimal("6"), Money.pounds(20), START),
            PriceLine.weekly(PriceItem.TRANSPORT, Money.pounds(35), START)));

    @Test
    void moreHoursOfSupportFromAWednesdayArePaidAtTheNewRateFromThatDayOnly() {
        Price varied = Variation.applied(
                AGREED, WEDNESDAY, List.of(Variation.Change.oneToOne(new BigDecimal("10"), Money.pounds(20))));

        assertThat(varied.weeklyOn(WEDNESDAY.minusDays(1))).isEqualTo(Money.pounds(1_055));
        assertThat(varied.weeklyOn(WEDNESDAY)).isEqualTo(Money.pounds(1_135));
        // Monday and Tuesday at the old day rates, Wednesday to Sunday at the new ones, each line ÷ 7 half-up.
        Money week = varied.between(WEDNESDAY.minusDays(2), WEDNESDAY.plusDays(4));
        long oldDays = 2 * (12_857 + 1_714 + 500);
        long newDays = 5 * (12_857 + 2_857 + 500);
        assertThat(week).isEqualTo(new Money(oldDays + newDays));
        assertThat(varied.lines()).hasSize(4);
    }

    @Test
    void anItemSetToNothingEndsTheDayBeforeAndAnItemNotInThePriceStarts() {
        Price varied = Variation.applied(
                AGREED,
                WEDNESDAY,
                List.of(
                        Variation.Change.weekly(PriceItem.TRANSPORT, Money.ZERO),
                        Variation.Change.weekly(PriceItem.EDUCATION, Money.pounds(150))));

        assertThat(varied.inForceOn(WEDNESDAY.minusDays(1), PriceItem.TRANSPORT))
                .isPresent();
        assertThat(varied.inForceOn(WEDNESDAY, PriceItem.TRANSPORT)).isEmpty();
        assertThat(varied.inForceOn(WEDNESDAY.minusDays(1), PriceItem.EDUCATION))
                .isEmpty();
        assertThat(varied.inForceOn(WEDNESDAY, PriceItem.EDUCATION)
                        .orElseThrow()
                        .weekly())
                .isEqualTo(Money.pounds(150));
    }

    @Test
    void anUpliftRaisesEveryItemInForceRoundedHalfUpToThePennyAndTheHourlyRateNotTheHours() {
        List<Variation.Change> uplift = Variation.uplift(AGREED, WEDNESDAY, new BigDecimal("1.5"));

        assertThat(uplift)
                .containsExactlyInAnyOrder(
                        Variation.Change.weekly(PriceItem.ACCOMMODATION_AND_CARE, new Money(91_350)),
                        Variation.Change.oneToOne(new BigDecimal("6"), new Money(2_030)),
                        Variation.Change.weekly(PriceItem.TRANSPORT, new Money(3_553)));
        assertThat(Variation.applied(AGREED, WEDNESDAY, uplift).weeklyOn(WEDNESDAY))
                .isEqualTo(new Money(91_350 + 12_180 + 3_553));
    }
}
