package uk.placementbroker.finance.reconciliation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import uk.placementbroker.placement.PriceItem;
import uk.placementbroker.shared.Money;

/**
 * An invoice as the provider sends it, for one placement: its number, the period it covers (both days included),
 * its lines and the total it claims.
 */
public record Invoice(String number, LocalDate from, LocalDate to, List<Line> lines, Money total) {

    public Invoice {
        Objects.requireNonNull(number, "number");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("An invoice period cannot end before it starts");
        }
        lines = List.copyOf(lines);
    }

    /** An invoice whose total is the sum of its lines, net and VAT. */
    public static Invoice of(String number, LocalDate from, LocalDate to, List<Line> lines) {
        Money total = lines.stream().map(Line::gross).reduce(Money.ZERO, Money::plus);
        return new Invoice(number, from, to, lines, total);
    }

    /**
     * One line: an item of the price for a number of days at a daily rate (the placement fee is accommodation and
     * care), or a one-off cost (no item, no days).
     *
     * @param net what the line claims before VAT
     */
    public record Line(PriceItem item, String description, int days, Money dailyRate, Money net, Money vat) {

        public Line {
            Objects.requireNonNull(net, "net");
            vat = vat == null ? Money.ZERO : vat;
        }

        public static Line days(PriceItem item, int days, Money dailyRate) {
            return new Line(item, item.words(), days, dailyRate, new Money(dailyRate.pence() * days), Money.ZERO);
        }

        public static Line oneOff(String description, Money amount) {
            return new Line(null, description, 0, null, amount, Money.ZERO);
        }

        public boolean oneOff() {
            return item == null;
        }

        public Money gross() {
            return net.plus(vat);
        }
    }
}
