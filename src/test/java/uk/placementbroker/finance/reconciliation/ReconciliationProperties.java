package uk.placementbroker.finance.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import uk.placementbroker.placement.Price;
import uk.placementbroker.placement.PriceItem;
import uk.placementbroker.placement.PriceLine;
import uk.placementbroker.shared.Money;

/** Whatever the contract and however the provider splits its invoices, the council pays each day once at its rate. */
class ReconciliationProperties {

    private static final LocalDate START = LocalDate.of(2026, 4, 1);

    @Property(tries = 300)
    void anySplitOfAPeriodIntoInvoicesIsAgreedAtTheSameTotalAsOneInvoiceForTheWhole(
            @ForAll @IntRange(min = 7_000, max = 900_000) int weeklyPence,
            @ForAll @IntRange(min = 0, max = 200) int changeAfterDays,
            @ForAll @IntRange(min = 7_000, max = 900_000) int newWeeklyPence,
            @ForAll @IntRange(min = 0, max = 60) int fromDay,
            @ForAll @IntRange(min = 1, max = 150) int length,
            @ForAll @Size(max = 6) List<@IntRange(min = 1, max = 149) Integer> cuts,
            @ForAll @IntRange(min = 0, max = 250) int endAfterDays) {
        Price price = withAChange(weeklyPence, changeAfterDays, newWeeklyPence);
        LocalDate from = START.plusDays(fromDay);
        LocalDate to = from.plusDays(length - 1);
        LocalDate end = endAfterDays == 0 ? null : START.plusDays(endAfterDays);

        Money whole = Reconciliation.reconcile(invoice("WHOLE", from, to), agreed(price, end, List.of()))
                .agreed();

        List<LocalDate> starts = new ArrayList<>(List.of(from));
        cuts.stream().filter(cut -> cut < length).distinct().sorted().forEach(cut -> starts.add(from.plusDays(cut)));
        List<Agreed.Invoiced> earlier = new ArrayList<>();
        Money split = Money.ZERO;
        for (int i = 0; i < starts.size(); i++) {
            LocalDate partFrom = starts.get(i);
            LocalDate partTo = i + 1 < starts.size() ? starts.get(i + 1).minusDays(1) : to;
            String number = "PART-" + i;
            split = split.plus(Reconciliation.reconcile(invoice(number, partFrom, partTo), agreed(price, end, earlier))
                    .agreed());
            earlier.add(
                    new Agreed.Invoiced(number, PriceItem.ACCOMMODATION_AND_CARE, new Agreed.Days(partFrom, partTo)));
        }
        assertThat(split).isEqualTo(whole);

        Money again = Reconciliation.reconcile(invoice("AGAIN", from, to), agreed(price, end, earlier))
                .agreed();
        assertThat(again).as("the same period invoiced again").isEqualTo(Money.ZERO);
    }

    @Property(tries = 300)
    void aRateChangeInThePeriodIsPaidAtEachRateForItsOwnDaysAndNothingOutsideThePlacementIsAgreed(
            @ForAll @IntRange(min = 7_000, max = 900_000) int weeklyPence,
            @ForAll @IntRange(min = 1, max = 120) int changeAfterDays,
            @ForAll @IntRange(min = 7_000, max = 900_000) int newWeeklyPence,
            @ForAll @IntRange(min = -40, max = 100) int fromDay,
            @ForAll @IntRange(min = 1, max = 120) int length,
            @ForAll @IntRange(min = 0, max = 200) int endAfterDays) {
        Price price = withAChange(weeklyPence, changeAfterDays, newWeeklyPence);
        LocalDate change = START.plusDays(changeAfterDays);
        LocalDate from = START.plusDays(fromDay);
        LocalDate to = from.plusDays(length - 1);
        LocalDate end = endAfterDays == 0 ? null : START.plusDays(endAfterDays);

        Reconciled reconciled = Reconciliation.reconcile(invoice("ONE", from, to), agreed(price, end, List.of()));

        LocalDate lastPaid = end == null ? to : min(to, end.minusDays(1));
        LocalDate firstPaid = from.isBefore(START) ? START : from;
        long oldDays = days(firstPaid, min(lastPaid, change.minusDays(1)));
        long newDays = days(firstPaid.isAfter(change) ? firstPaid : change, lastPaid);
        long expected = oldDays * daily(weeklyPence) + newDays * daily(newWeeklyPence);
        assertThat(reconciled.agreed()).isEqualTo(new Money(expected));
        boolean outside = from.isBefore(START) || (end != null && !to.isBefore(end));
        assertThat(reconciled.flags().contains(Flag.OUTSIDE_THE_PLACEMENT)).isEqualTo(outside);
    }

    private static Price withAChange(int weeklyPence, int changeAfterDays, int newWeeklyPence) {
        Price agreed =
                new Price(List.of(PriceLine.weekly(PriceItem.ACCOMMODATION_AND_CARE, new Money(weeklyPence), START)));
        return changeAfterDays == 0
                ? agreed
                : agreed.changed(
                        PriceItem.ACCOMMODATION_AND_CARE,
                        new Money(newWeeklyPence),
                        null,
                        null,
                        START.plusDays(changeAfterDays));
    }

    /** An invoice claiming some amount: the property is about what is agreed, whatever is claimed. */
    private static Invoice invoice(String number, LocalDate from, LocalDate to) {
        int days = (int) days(from, to);
        return Invoice.of(
                number,
                from,
                to,
                List.of(new Invoice.Line(
                        PriceItem.ACCOMMODATION_AND_CARE, "Fee", days, null, Money.pounds(100), null)));
    }

    private static Agreed agreed(Price price, LocalDate end, List<Agreed.Invoiced> earlier) {
        return new Agreed(START, end, price, Money.ZERO, Set.of(), List.copyOf(earlier), Money.ZERO, List.of());
    }

    private static long daily(int weeklyPence) {
        return Math.floorDiv(weeklyPence * 2L + 7, 14);
    }

    private static long days(LocalDate first, LocalDate last) {
        return Math.max(0, ChronoUnit.DAYS.between(first, last) + 1);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
