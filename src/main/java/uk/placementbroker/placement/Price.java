package uk.placementbroker.placement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.placementbroker.shared.Money;

/**
 * A placement's price over its life: every item at every amount it has had, each with the days it was in
 * force. Nothing is overwritten: a change ends the item's line the day before it takes effect and starts
 * a new one, so the price in force on any day can be read back.
 */
public record Price(List<PriceLine> lines) {

    public Price {
        lines = lines.stream()
                .sorted(Comparator.comparing(PriceLine::item).thenComparing(PriceLine::from))
                .toList();
        for (int i = 1; i < lines.size(); i++) {
            PriceLine before = lines.get(i - 1);
            PriceLine after = lines.get(i);
            if (before.item() == after.item()
                    && (before.to() == null || !before.to().isBefore(after.from()))) {
                throw new IllegalArgumentException(before.item().words() + " has two prices on " + after.from()
                        + ": end one before the other starts");
            }
        }
    }

    /** The price agreed with the offer: each item it costs, from the placement's start. */
    public static Price agreed(WeeklyCosts weekly, LocalDate start) {
        List<PriceLine> lines = new ArrayList<>();
        lines.add(PriceLine.weekly(PriceItem.ACCOMMODATION_AND_CARE, weekly.fee(), start));
        if (weekly.education().pence() > 0) {
            lines.add(PriceLine.weekly(PriceItem.EDUCATION, weekly.education(), start));
        }
        if (weekly.therapy().pence() > 0) {
            lines.add(PriceLine.weekly(PriceItem.HEALTH_AND_THERAPY, weekly.therapy(), start));
        }
        if (weekly.oneToOneHours().signum() > 0) {
            lines.add(PriceLine.oneToOne(weekly.oneToOneHours(), weekly.oneToOneRate(), start));
        }
        if (weekly.transport().pence() > 0) {
            lines.add(PriceLine.weekly(PriceItem.TRANSPORT, weekly.transport(), start));
        }
        if (weekly.other().pence() > 0) {
            lines.add(PriceLine.weekly(PriceItem.OTHER, weekly.other(), start));
        }
        return new Price(lines);
    }

    /** The lines in force on the day, one per item at most. */
    public List<PriceLine> inForceOn(LocalDate day) {
        return lines.stream().filter(line -> line.inForceOn(day)).toList();
    }

    public Optional<PriceLine> inForceOn(LocalDate day, PriceItem item) {
        return inForceOn(day).stream().filter(line -> line.item() == item).findFirst();
    }

    /** The whole weekly price in force on the day. */
    public Money weeklyOn(LocalDate day) {
        return inForceOn(day).stream().map(PriceLine::weekly).reduce(Money.ZERO, Money::plus);
    }

    /**
     * What the days from one to another (both included) cost: for each day, each line in force that day at its
     * daily price. A change in the middle of a week is paid at the old price up to it and the new one after.
     */
    public Money between(LocalDate first, LocalDate last) {
        Money total = Money.ZERO;
        for (PriceLine line : lines) {
            LocalDate from = line.from().isAfter(first) ? line.from() : first;
            LocalDate to = line.to() == null || line.to().isAfter(last) ? last : line.to();
            if (!to.isBefore(from)) {
                long days = to.toEpochDay() - from.toEpochDay() + 1;
                total = total.plus(new Money(Math.multiplyExact(line.daily().pence(), days)));
            }
        }
        return total;
    }

    /**
     * The price with one item at a new weekly amount from {@code effective}: the line in force then ends the day
     * before; an item not in the price yet starts then. A line that would start on {@code effective} is replaced.
     */
    public Price changed(PriceItem item, Money weekly, BigDecimal hours, Money hourlyRate, LocalDate effective) {
        List<PriceLine> changed = new ArrayList<>();
        PriceLine template = null;
        for (PriceLine line : lines) {
            if (line.item() != item || line.to() != null && line.to().isBefore(effective)) {
                changed.add(line);
            } else if (line.from().isBefore(effective)) {
                changed.add(line.endingOn(effective.minusDays(1)));
                template = line;
            } else {
                template = line;
            }
        }
        PriceLine next = template != null
                ? template.at(weekly, hours, hourlyRate, effective)
                : new PriceLine(item, weekly, hours, hourlyRate, effective, null);
        changed.add(next);
        return new Price(changed);
    }

    /** The price with the item ended: the last day it is paid is the day before {@code effective}. */
    public Price ended(PriceItem item, LocalDate effective) {
        List<PriceLine> changed = new ArrayList<>();
        for (PriceLine line : lines) {
            boolean inForce =
                    line.item() == item && (line.to() == null || !line.to().isBefore(effective));
            if (!inForce) {
                changed.add(line);
            } else if (line.from().isBefore(effective)) {
                changed.add(line.endingOn(effective.minusDays(1)));
            }
        }
        return new Price(changed);
    }
}
