package uk.placementbroker.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import uk.placementbroker.finance.reconciliation.Agreed;
import uk.placementbroker.finance.reconciliation.Invoice;
import uk.placementbroker.finance.reconciliation.Reconciled;
import uk.placementbroker.finance.reconciliation.Reconciliation;
import uk.placementbroker.placement.Price;
import uk.placementbroker.placement.PriceItem;
import uk.placementbroker.placement.PriceLine;
import uk.placementbroker.shared.Money;

/**
 * {@code scripts/bench invoices}: a national year reconciled. 80,000 placements (about England's looked-after children
 * in placements a council buys), each with a fee, 1:1 support and transport, and two rate changes in the year (the
 * April uplift and a change of support mid-year); each invoiced every four weeks, thirteen invoices, one in ten
 * over-claiming. Every invoice is reconciled against its placement's contract and the placement's earlier invoices, as
 * it would be on arrival, on every core. Records the whole run's time (p50, p99 over the runs).
 */
public final class InvoicesBench {

    private static final int PLACEMENTS = 80_000;
    private static final int INVOICES_A_YEAR = 13;
    private static final LocalDate YEAR_START = LocalDate.of(2026, 4, 6);
    private static final int WARM_UP_RUNS = 2;
    private static final int MEASURED_RUNS = 5;

    /** One placement's contract and its year of invoices. */
    private record Year(Agreed agreed, List<Invoice> invoices) {}

    public static void main(String[] args) throws IOException {
        Random random = new Random(20_261_204L);
        List<Year> years = new ArrayList<>(PLACEMENTS);
        for (int i = 0; i < PLACEMENTS; i++) {
            years.add(year(random, i));
        }
        System.out.printf("Synthetic year: %,d placements, %,d invoices%n", PLACEMENTS, PLACEMENTS * INVOICES_A_YEAR);
        List<Double> seconds = new ArrayList<>();
        long overClaims = 0;
        for (int run = 0; run < WARM_UP_RUNS + MEASURED_RUNS; run++) {
            AtomicLong overClaimed = new AtomicLong();
            long started = System.nanoTime();
            years.parallelStream().forEach(year -> overClaimed.addAndGet(reconcileTheYear(year)));
            long finished = System.nanoTime();
            overClaims = overClaimed.get();
            if (run >= WARM_UP_RUNS) {
                seconds.add((finished - started) / 1e9);
            }
            System.out.printf(
                    "run %d: %.2f s, over-claims stopped %s%n",
                    run + 1, (finished - started) / 1e9, new Money(overClaims));
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("placements", PLACEMENTS);
        params.put("invoices", PLACEMENTS * INVOICES_A_YEAR);
        params.put("rateChangesPerPlacement", 2);
        params.put("itemsPerPlacement", 3);
        params.put("overClaimedPence", overClaims);
        params.put("runs", MEASURED_RUNS);
        params.put("cores", Runtime.getRuntime().availableProcessors());
        BenchResults.write(
                "invoices",
                "s",
                BenchResults.percentile(seconds, 50),
                BenchResults.percentile(seconds, 99),
                BenchResults.percentile(seconds, 50),
                params);
    }

    /** Each invoice in turn, with the placement's earlier ones as what was invoiced already; the over-claims. */
    private static long reconcileTheYear(Year year) {
        List<Agreed.Invoiced> earlier = new ArrayList<>();
        long overClaimed = 0;
        Agreed base = year.agreed();
        for (Invoice invoice : year.invoices()) {
            Agreed agreed = new Agreed(
                    base.start(),
                    base.end(),
                    base.price(),
                    base.oneOffCosts(),
                    base.vatable(),
                    List.copyOf(earlier),
                    base.oneOffsInvoiced(),
                    base.otherProvidersDays());
            Reconciled reconciled = Reconciliation.reconcile(invoice, agreed);
            overClaimed += reconciled.overClaimed().pence();
            for (Invoice.Line line : invoice.lines()) {
                if (!line.oneOff()) {
                    earlier.add(new Agreed.Invoiced(
                            invoice.number(), line.item(), new Agreed.Days(invoice.from(), invoice.to())));
                }
            }
        }
        return overClaimed;
    }

    private static Year year(Random random, int placement) {
        LocalDate start = YEAR_START.minusDays(random.nextInt(400));
        long fee = 70_000 + random.nextInt(450_000);
        long hours = random.nextInt(20);
        Price price = new Price(List.of(
                PriceLine.weekly(PriceItem.ACCOMMODATION_AND_CARE, new Money(fee), start),
                PriceLine.oneToOne(BigDecimal.valueOf(hours), Money.pounds(22), start),
                PriceLine.weekly(PriceItem.TRANSPORT, new Money(2_000 + random.nextInt(8_000)), start)));
        LocalDate uplift = YEAR_START.plusDays(random.nextInt(28));
        price = price.changed(PriceItem.ACCOMMODATION_AND_CARE, new Money(fee * 1015 / 1000), null, null, uplift);
        LocalDate support = YEAR_START.plusDays(90 + random.nextInt(150));
        price = price.changed(PriceItem.ONE_TO_ONE, null, BigDecimal.valueOf(hours + 5), Money.pounds(22), support);
        Agreed agreed = new Agreed(start, null, price, Money.ZERO, Set.of(), List.of(), Money.ZERO, List.of());
        List<Invoice> invoices = new ArrayList<>(INVOICES_A_YEAR);
        for (int i = 0; i < INVOICES_A_YEAR; i++) {
            LocalDate from = YEAR_START.plusDays(28L * i);
            LocalDate to = from.plusDays(27);
            List<Invoice.Line> lines = new ArrayList<>();
            for (PriceItem item :
                    List.of(PriceItem.ACCOMMODATION_AND_CARE, PriceItem.ONE_TO_ONE, PriceItem.TRANSPORT)) {
                Money daily = price.inForceOn(to, item).map(PriceLine::daily).orElse(Money.ZERO);
                if (random.nextInt(10) == 0) {
                    daily = daily.plus(new Money(250));
                }
                lines.add(Invoice.Line.days(item, 28, daily));
            }
            invoices.add(Invoice.of("INV-" + placement + "-" + i, from, to, lines));
        }
        return new Year(agreed, invoices);
    }
}
