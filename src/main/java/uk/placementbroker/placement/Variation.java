package uk.placementbroker.placement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.placementbroker.shared.Money;

/**
 * A change to a placement's price: which items change, to what, from when, and why. The provider asks in the
 * portal or the broker does; the broker agrees the provider's; above the head of service's threshold the head
 * of service approves, as for a placement. Once approved it makes the contract's next version.
 *
 * @param contractVersion the contract version it made, once approved
 */
public record Variation(
        long id,
        long placementId,
        boolean askedByProvider,
        String askedBy,
        Instant askedAt,
        LocalDate effectiveFrom,
        Reason reason,
        String explanation,
        List<Change> changes,
        Money weeklyBefore,
        Money weeklyAfter,
        State state,
        String agreedBy,
        String decidedBy,
        Instant decidedAt,
        String refusal,
        Integer contractVersion) {

    public enum Reason {
        NEEDS_CHANGED("The child's needs changed"),
        ANNUAL_UPLIFT("Annual uplift under the framework's rule"),
        OTHER("Another reason");

        private final String words;

        Reason(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public enum State {
        ASKED("Asked by the provider: waiting for the broker"),
        WAITING_FOR_APPROVAL("Waiting for the head of service's approval"),
        APPROVED("Approved"),
        REFUSED("Refused");

        private final String words;

        State(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }

        public boolean open() {
            return this == ASKED || this == WAITING_FOR_APPROVAL;
        }
    }

    /**
     * One item at its new weekly amount (1:1 support as hours at an hourly rate); nothing a week ends the item.
     */
    public record Change(PriceItem item, Money weekly, BigDecimal hours, Money hourlyRate) {

        public static Change weekly(PriceItem item, Money weekly) {
            return new Change(item, weekly, null, null);
        }

        public static Change oneToOne(BigDecimal hours, Money hourlyRate) {
            return new Change(PriceItem.ONE_TO_ONE, hourlyRate.times(hours.doubleValue()), hours, hourlyRate);
        }

        public boolean ends() {
            return weekly.pence() == 0;
        }

        public String words() {
            if (ends()) {
                return item.words() + ": ends";
            }
            return item.words() + ": "
                    + (hours != null
                            ? hours.stripTrailingZeros().toPlainString() + " hours at " + hourlyRate + " an hour, "
                            : "")
                    + weekly + " a week";
        }
    }

    /** The price with the changes made from {@code effective}: each line in force then ends the day before. */
    public static Price applied(Price price, LocalDate effective, List<Change> changes) {
        Price changed = price;
        for (Change change : changes) {
            changed = change.ends()
                    ? changed.ended(change.item(), effective)
                    : changed.changed(change.item(), change.weekly(), change.hours(), change.hourlyRate(), effective);
        }
        return changed;
    }

    /**
     * An uplift of every item in force on {@code effective} by {@code percent}, each rounded half-up to the penny
     * (for 1:1 support, the hourly rate; the hours stay).
     */
    public static List<Change> uplift(Price price, LocalDate effective, BigDecimal percent) {
        BigDecimal factor = BigDecimal.ONE.add(percent.movePointLeft(2));
        List<Change> changes = new ArrayList<>();
        for (PriceLine line : price.inForceOn(effective)) {
            if (line.item() == PriceItem.ONE_TO_ONE) {
                changes.add(Change.oneToOne(line.hours(), uplifted(line.hourlyRate(), factor)));
            } else {
                changes.add(Change.weekly(line.item(), uplifted(line.weekly(), factor)));
            }
        }
        return changes;
    }

    private static Money uplifted(Money amount, BigDecimal factor) {
        return new Money(BigDecimal.valueOf(amount.pence())
                .multiply(factor)
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact());
    }
}
