package uk.placementbroker.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class TypedTests {

    @Test
    void aDateIsARealDayInTheYearsTheServiceDealsIn() {
        assertThat(Typed.date("3", "12", "2026")).contains(LocalDate.of(2026, 12, 3));
        assertThat(Typed.date(" 29", "2 ", "2028")).contains(LocalDate.of(2028, 2, 29));
        assertThat(Typed.date("29", "2", "2027")).isEmpty();
        assertThat(Typed.date("1", "1", "0")).as("year 0").isEmpty();
        assertThat(Typed.date("1", "1", "99999999")).isEmpty();
        assertThat(Typed.date("1", "1", "26")).as("two-digit year").isEmpty();
        assertThat(Typed.date("", "1", "2026")).isEmpty();
        assertThat(Typed.date(null, null, null)).isEmpty();
        assertThat(Typed.date("1", "1", "2027", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .isEmpty();
        assertThat(Typed.date("31", "12", "2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .isPresent();
    }

    @Test
    void anAmountOfMoneyIsPoundsAndPenceBelowTheCeiling() {
        assertThat(Typed.pounds("£1,250.50")).contains(new BigDecimal("1250.50"));
        assertThat(Typed.pounds("0")).contains(BigDecimal.ZERO);
        assertThat(Typed.pounds("100000")).isPresent();
        assertThat(Typed.pounds("100000.01")).isEmpty();
        assertThat(Typed.pounds("99999999999")).isEmpty();
        assertThat(Typed.pounds("1E+20")).isEmpty();
        assertThat(Typed.pounds("NaN")).isEmpty();
        assertThat(Typed.pounds("-5")).isEmpty();
        assertThat(Typed.pounds("5.001")).isEmpty();
        assertThat(Typed.hoursAWeek("7.5")).contains(new BigDecimal("7.5"));
        assertThat(Typed.hoursAWeek("99999999")).isEmpty();
        assertThat(Typed.hoursAWeek("169")).isEmpty();
    }

    @Test
    void aWholeNumberIsDigitsInItsRange() {
        assertThat(Typed.wholeNumber("10", 0, 10)).contains(10);
        assertThat(Typed.wholeNumber("-2147483648", Integer.MIN_VALUE, 0)).isEmpty();
        assertThat(Typed.wholeNumber("2147483647", 0, Integer.MAX_VALUE)).isEmpty();
        assertThat(Typed.wholeNumber("abc", 0, 10)).isEmpty();
    }

    @Test
    void aMessageCarryingAHugeValueKeepsItsStartAndEndWithinTheLimit() {
        String message = "Date of birth " + "9".repeat(100_000_000 / 1_000) + " is not a date";

        String kept = Typed.forAMessage(message);

        assertThat(kept).hasSizeLessThanOrEqualTo(Typed.LONGEST_MESSAGE).startsWith("Date of birth 999");
        assertThat(kept).endsWith("999 is not a date").contains("characters cut");
        assertThat(Typed.forAMessage("Short")).isEqualTo("Short");
    }

    @Property
    void anyPageNumberGivesAnOffsetThatIsNeverNegative(@ForAll int page, @ForAll("pageSizes") int pageSize) {
        long offset = Typed.offset(page, pageSize);
        assertThat(offset).isNotNegative();
        assertThat(offset % pageSize).isZero();
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Integer> pageSizes() {
        return net.jqwik.api.Arbitraries.integers().between(1, 500);
    }

    @Property
    void whatEverIsTypedAsAnAmountIsEitherRefusedOrWithinBounds(@ForAll String typed) {
        Typed.pounds(typed).ifPresent(pounds -> assertThat(pounds).isBetween(BigDecimal.ZERO, Typed.MOST_POUNDS));
        Typed.date(typed, typed, typed)
                .ifPresent(date -> assertThat(date.getYear()).isBetween(Typed.EARLIEST_YEAR, Typed.LATEST_YEAR));
    }
}
