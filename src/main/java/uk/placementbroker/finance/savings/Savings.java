package uk.placementbroker.finance.savings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import uk.placementbroker.shared.Money;

/**
 * The savings the brokerage team makes, evidenced placement by placement. For each placement: what its provider first
 * quoted for the home (its first offer for the referral), the price agreed, and the median whole weekly cost of the
 * other offers the broker sent the social worker to choose from; a year of a weekly difference is 52 weeks of it.
 * Saved is what negotiation took off the first quote, for a year, and the over-claims reconciliation stopped; below
 * the market (the agreed price against the other offers' median) is cost avoided, shown apart and not added in.
 */
public final class Savings {

    /** Weeks in a year of a weekly difference. */
    public static final int WEEKS = 52;

    private Savings() {}

    /**
     * One placement's figures.
     *
     * @param otherOffers the whole weekly cost of each other offer the social worker could choose from
     * @param overClaimsStopped what its approved invoices claimed above what was approved
     */
    public record Placed(
            long placementId,
            String reference,
            String home,
            String provider,
            String broker,
            LocalDate agreedOn,
            Money firstQuoted,
            Money agreed,
            List<Money> otherOffers,
            Money overClaimsStopped) {

        public Money negotiatedAWeek() {
            return positive(firstQuoted.minus(agreed));
        }

        /** The other offers' median: the middle one, or the two middle ones' mean rounded half-up to the penny. */
        public Money medianOfOthers() {
            if (otherOffers.isEmpty()) {
                return null;
            }
            List<Long> sorted = otherOffers.stream().map(Money::pence).sorted().toList();
            int middle = sorted.size() / 2;
            return sorted.size() % 2 == 1
                    ? new Money(sorted.get(middle))
                    : new Money(Math.floorDiv(sorted.get(middle - 1) + sorted.get(middle) + 1, 2));
        }

        public Money belowTheMarketAWeek() {
            Money median = medianOfOthers();
            return median == null ? Money.ZERO : positive(median.minus(agreed));
        }

        public Money negotiatedAYear() {
            return new Money(negotiatedAWeek().pence() * WEEKS);
        }

        public Money belowTheMarketAYear() {
            return new Money(belowTheMarketAWeek().pence() * WEEKS);
        }

        public Money saved() {
            return negotiatedAYear().plus(overClaimsStopped);
        }

        /** The year ending 31 March the placement was agreed in, by that year's end: 2027 for 1 April 2026 to 31 March 2027. */
        public int year() {
            return agreedOn.getMonthValue() >= 4 ? agreedOn.getYear() + 1 : agreedOn.getYear();
        }
    }

    /** The figures of a group of placements, and against the annual target where it has one. */
    public record Total(
            String name,
            int placements,
            Money negotiated,
            Money belowTheMarket,
            Money overClaimsStopped,
            Money saved,
            Money target) {

        /** The share of the target saved, in whole per cent; null without a target. */
        public Integer percentOfTarget() {
            return target == null || target.pence() == 0
                    ? null
                    : (int) Math.round(100.0 * saved.pence() / target.pence());
        }
    }

    public static List<Total> byBroker(List<Placed> placed) {
        return totals(placed, Placed::broker, null).stream()
                .sorted(Comparator.comparing(Total::saved).reversed().thenComparing(Total::name))
                .toList();
    }

    /** Each year's totals against the target, the latest first. */
    public static List<Total> byYear(List<Placed> placed, Money annualTarget) {
        return totals(placed, each -> (each.year() - 1) + " to " + each.year(), annualTarget).stream()
                .sorted(Comparator.comparing(Total::name).reversed())
                .toList();
    }

    public static Total all(List<Placed> placed) {
        return total("All", placed, null);
    }

    private static List<Total> totals(List<Placed> placed, Function<Placed, String> key, Money target) {
        Map<String, List<Placed>> groups = new LinkedHashMap<>();
        placed.forEach(each -> groups.computeIfAbsent(key.apply(each), name -> new ArrayList<>())
                .add(each));
        return groups.entrySet().stream()
                .map(group -> total(group.getKey(), group.getValue(), target))
                .toList();
    }

    private static Total total(String name, List<Placed> placed, Money target) {
        return new Total(
                name,
                placed.size(),
                sum(placed, Placed::negotiatedAYear),
                sum(placed, Placed::belowTheMarketAYear),
                sum(placed, Placed::overClaimsStopped),
                sum(placed, Placed::saved),
                target);
    }

    private static Money sum(List<Placed> placed, Function<Placed, Money> figure) {
        return placed.stream().map(figure).reduce(Money.ZERO, Money::plus);
    }

    private static Money positive(Money money) {
        return money.isNegative() ? Money.ZERO : money;
    }
}
