package uk.placementbroker.placement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import uk.placementbroker.shared.Money;

/**
 * One item of a placement's price at one weekly amount, in force from one day to another (both included; no
 * end while it lasts). 1:1 support is its hours a week at an hourly rate; every other item is a weekly amount.
 */
public record PriceLine(
        PriceItem item, Money weekly, BigDecimal hours, Money hourlyRate, LocalDate from, LocalDate to) {

    public PriceLine {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(from, "from");
        if (item == PriceItem.ONE_TO_ONE) {
            hours = Objects.requireNonNull(hours, "hours");
            hourlyRate = Objects.requireNonNull(hourlyRate, "hourlyRate");
            weekly = hourlyRate.times(hours.doubleValue());
        } else {
            hours = null;
            hourlyRate = null;
        }
        Objects.requireNonNull(weekly, "weekly");
        if (weekly.isNegative() || (hours != null && hours.signum() < 0)) {
            throw new IllegalArgumentException("A price cannot be less than nothing");
        }
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException(item.words() + " cannot end on " + to + ", before it starts on " + from);
        }
    }

    public static PriceLine weekly(PriceItem item, Money weekly, LocalDate from) {
        return new PriceLine(item, weekly, null, null, from, null);
    }

    public static PriceLine oneToOne(BigDecimal hours, Money hourlyRate, LocalDate from) {
        return new PriceLine(PriceItem.ONE_TO_ONE, null, hours, hourlyRate, from, null);
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }

    /** A day's price: the weekly amount ÷ 7, rounded half-up to the penny, the same every day of the week. */
    public Money daily() {
        return new Money(Math.floorDiv(weekly.pence() * 2 + 7, 14));
    }

    /** The same line ending on {@code day}. */
    PriceLine endingOn(LocalDate day) {
        return new PriceLine(item, weekly, hours, hourlyRate, from, day);
    }

    /** The same item at another price from {@code day}, with no end. */
    PriceLine at(Money newWeekly, BigDecimal newHours, Money newHourlyRate, LocalDate day) {
        return new PriceLine(item, newWeekly, newHours, newHourlyRate, day, null);
    }
}
