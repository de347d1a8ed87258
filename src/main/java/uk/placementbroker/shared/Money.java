package uk.placementbroker.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** An amount in pounds, held in whole pence so that sums are exact. */
public record Money(long pence) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public static Money pounds(long pounds) {
        return new Money(pounds * 100);
    }

    public static Money of(BigDecimal pounds) {
        return new Money(
                pounds.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(pence, other.pence));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(pence, other.pence));
    }

    /** Multiplied by a quantity such as hours or miles, to the nearest penny. */
    public Money times(double quantity) {
        return new Money(Math.round(pence * quantity));
    }

    public BigDecimal pounds() {
        return BigDecimal.valueOf(pence, 2);
    }

    public boolean isNegative() {
        return pence < 0;
    }

    /** As people write money: £1,250, or £1,250.50 when there are pence. */
    @Override
    public String toString() {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        format.setMinimumFractionDigits(pence % 100 == 0 ? 0 : 2);
        return format.format(pounds());
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(pence, other.pence);
    }
}
