package uk.placementbroker.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import uk.placementbroker.shared.Money;

class PriceTests {

    private static final LocalDate START = LocalDate.of(2026, 12, 7); // a Monday

    private final Price agreed = Price.agreed(
            new WeeklyCosts(
                    Money.pounds(4_200),
                    new BigDecimal("10"),
                    Money.pounds(25),
                    Money.pounds(350),
                    Money.ZERO,
                    Money.ZERO,
                    Money.ZERO),
            START);

    @Test
    void theAgreedPriceHasALineForEachItemItCosts() {
        assertThat(agreed.inForceOn(START))
                .extracting(PriceLine::item)
                .containsExactly(PriceItem.ACCOMMODATION_AND_CARE, PriceItem.EDUCATION, PriceItem.ONE_TO_ONE);
        assertThat(agreed.weeklyOn(START)).isEqualTo(Money.pounds(4_800));
        assertThat(agreed.weeklyOn(START.minusDays(1))).isEqualTo(Money.ZERO);
    }

    @Test
    void aDaysPriceIsTheWeeklyPriceOverSevenRoundedHalfUpToThePenny() {
        assertThat(PriceLine.weekly(PriceItem.OTHER, new Money(700), START).daily())
                .isEqualTo(new Money(100));
        assertThat(PriceLine.weekly(PriceItem.OTHER, new Money(1_000), START).daily())
                .as("142.857… pence")
                .isEqualTo(new Money(143));
        assertThat(PriceLine.weekly(PriceItem.OTHER, new Money(1_050), START).daily())
                .as("150 pence exactly")
                .isEqualTo(new Money(150));
        assertThat(PriceLine.weekly(PriceItem.OTHER, new Money(1_005), START).daily())
                .as("143.57… pence")
                .isEqualTo(new Money(144));
    }

    @Test
    void aChangeInTheMiddleOfAWeekIsPaidAtTheOldPriceUpToItAndTheNewOneAfter() {
        LocalDate wednesday = START.plusDays(2);
        Price uplifted = agreed.changed(PriceItem.ACCOMMODATION_AND_CARE, Money.pounds(4_410), null, null, wednesday);

        assertThat(uplifted.inForceOn(START.plusDays(1), PriceItem.ACCOMMODATION_AND_CARE))
                .get()
                .extracting(PriceLine::weekly)
                .isEqualTo(Money.pounds(4_200));
        assertThat(uplifted.inForceOn(wednesday, PriceItem.ACCOMMODATION_AND_CARE))
                .get()
                .extracting(PriceLine::weekly)
                .isEqualTo(Money.pounds(4_410));
        assertThat(uplifted.lines())
                .filteredOn(line -> line.item() == PriceItem.ACCOMMODATION_AND_CARE)
                .extracting(PriceLine::from, PriceLine::to)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(START, wednesday.minusDays(1)),
                        org.assertj.core.groups.Tuple.tuple(wednesday, null));
        // Monday and Tuesday at £600 a day, Wednesday to Sunday at £630, and the extras all week: education at £50 a
        // day, and 1:1 support (10 hours at £25, £250 a week) at £35.71 a day, each day's price rounded on its own
        // line.
        Money extras = new Money(5_000 * 7).plus(new Money(3_571 * 7));
        assertThat(uplifted.between(START, START.plusDays(6)))
                .isEqualTo(Money.pounds(600 * 2 + 630 * 5).plus(extras));
    }

    @Test
    void oneToOneSupportIsItsHoursAtItsRateAndChangesKeepTheOtherItems() {
        Price more =
                agreed.changed(PriceItem.ONE_TO_ONE, null, new BigDecimal("15"), Money.pounds(25), START.plusDays(7));

        assertThat(more.inForceOn(START.plusDays(7), PriceItem.ONE_TO_ONE))
                .get()
                .extracting(PriceLine::weekly)
                .isEqualTo(Money.pounds(375));
        assertThat(more.weeklyOn(START.plusDays(7))).isEqualTo(Money.pounds(4_200 + 350 + 375));
        assertThat(more.weeklyOn(START)).isEqualTo(Money.pounds(4_800));
    }

    @Test
    void anItemEndedIsPaidUpToTheDayBefore() {
        Price withoutEducation = agreed.ended(PriceItem.EDUCATION, START.plusDays(14));

        assertThat(withoutEducation.inForceOn(START.plusDays(13), PriceItem.EDUCATION))
                .isPresent();
        assertThat(withoutEducation.inForceOn(START.plusDays(14), PriceItem.EDUCATION))
                .isEmpty();
    }

    @Test
    void anItemCannotHaveTwoPricesOnOneDay() {
        assertThatThrownBy(() -> new Price(java.util.List.of(
                        PriceLine.weekly(PriceItem.EDUCATION, Money.pounds(1), START),
                        PriceLine.weekly(PriceItem.EDUCATION, Money.pounds(2), START.plusDays(3)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Education has two prices");
    }

    @Property
    void aPeriodCostsTheSumOfItsDaysWhereverItIsCut(
            @ForAll @LongRange(min = 0, max = 2_000_000) long weeklyPence,
            @ForAll @LongRange(min = 0, max = 2_000_000) long newWeeklyPence,
            @ForAll @IntRange(min = 0, max = 60) int changeAfter,
            @ForAll @IntRange(min = 0, max = 90) int days,
            @ForAll @IntRange(min = 0, max = 90) int cut) {
        Price price = new Price(java.util.List.of(
                        PriceLine.weekly(PriceItem.ACCOMMODATION_AND_CARE, new Money(weeklyPence), START)))
                .changed(
                        PriceItem.ACCOMMODATION_AND_CARE,
                        new Money(newWeeklyPence),
                        null,
                        null,
                        START.plusDays(changeAfter));
        LocalDate first = START.minusDays(10);
        LocalDate last = first.plusDays(days);
        LocalDate middle = first.plusDays(Math.min(cut, days));
        Money whole = price.between(first, last);

        Money cutInTwo = price.between(first, middle).plus(price.between(middle.plusDays(1), last));
        Money dayByDay = Money.ZERO;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            LocalDate today = day;
            dayByDay = dayByDay.plus(
                    price.inForceOn(day).stream().map(PriceLine::daily).reduce(Money.ZERO, Money::plus));
            assertThat(price.inForceOn(today)).hasSizeLessThanOrEqualTo(1);
        }
        assertThat(cutInTwo).isEqualTo(whole);
        assertThat(dayByDay).isEqualTo(whole);
    }
}
