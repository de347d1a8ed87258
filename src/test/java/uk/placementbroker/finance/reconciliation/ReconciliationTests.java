package uk.placementbroker.finance.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.placementbroker.placement.Price;
import uk.placementbroker.placement.PriceItem;
import uk.placementbroker.placement.PriceLine;
import uk.placementbroker.shared.Money;

/** Each line of an invoice against the contract's rates, and each flag raised when it should be and only then. */
class ReconciliationTests {

    private static final LocalDate START = LocalDate.of(2026, 9, 7);
    private static final LocalDate PERIOD_FROM = LocalDate.of(2026, 10, 5);
    private static final LocalDate PERIOD_TO = LocalDate.of(2026, 11, 1);
    private static final Money FEE_DAILY = new Money(12_857);
    private static final Price PRICE = new Price(List.of(
            PriceLine.weekly(PriceItem.ACCOMMODATION_AND_CARE, Money.pounds(900), START),
            PriceLine.oneToOne(new BigDecimal("6"), Money.pounds(20), START)));

    @Test
    void anInvoiceAtTheContractsRatesForDaysOfThePlacementIsAgreedLineByLine() {
        Reconciled reconciled = Reconciliation.reconcile(
                Invoice.of(
                        "OF-101",
                        PERIOD_FROM,
                        PERIOD_TO,
                        List.of(
                                Invoice.Line.days(PriceItem.ACCOMMODATION_AND_CARE, 28, FEE_DAILY),
                                Invoice.Line.days(PriceItem.ONE_TO_ONE, 28, new Money(1_714)))),
                agreed(null, List.of()));

        assertThat(reconciled.flags()).isEmpty();
        assertThat(reconciled.lines()).extracting(Reconciled.Line::outcome).containsOnly(Reconciled.Outcome.AGREED);
        assertThat(reconciled.agreed()).isEqualTo(new Money(28 * (12_857 + 1_714)));
        assertThat(reconciled.clean()).isTrue();
    }

    @Test
    void aRateAboveTheContractsIsOverClaimedByTheDifferenceWithTheReason() {
        Reconciled reconciled = Reconciliation.reconcile(
                Invoice.of(
                        "OF-102",
                        PERIOD_FROM,
                        PERIOD_TO,
                        List.of(Invoice.Line.days(PriceItem.ACCOMMODATION_AND_CARE, 28, new Money(13_500)))),
                agreed(null, List.of()));

        Reconciled.Line line = reconciled.lines().get(0);
        assertThat(line.outcome()).isEqualTo(Reconciled.Outcome.OVER_CLAIMED);
        assertThat(line.difference()).isEqualTo(new Money(28 * (13_500 - 12_857)));
        assertThat(reconciled.flags()).containsExactly(Flag.RATE_ABOVE_THE_CONTRACT);
        assertThat(line.reasons()).containsExactly("The daily rate £135 is above the contract's £128.57.");
        assertThat(reconciled.overClaimed()).isEqualTo(new Money(18_004));
    }

    @Test
    void daysAfterThePlacementEndedAreNotPaidTheLastNightBeingTheOneBeforeTheEnd() {
        LocalDate end = LocalDate.of(2026, 10, 20);
        Reconciled reconciled = Reconciliation.reconcile(
                Invoice.of(
                        "OF-103",
                        PERIOD_FROM,
                        PERIOD_TO,
                        List.of(Invoice.Line.days(PriceItem.ACCOMMODATION_AND_CARE, 28, FEE_DAILY))),
                agreed(end, List.of()));

        assertThat(reconciled.flags()).containsExactly(Flag.OUTSIDE_THE_PLACEMENT);
        assertThat(reconciled.lines().get(0).agreed()).as("5 to 19 October").isEqualTo(new Money(15 * 12_857));
        assertThat(reconciled.lines().get(0).reasons().get(0))
                .isEqualTo("13 days are outside the placement, which ran from 7 Sept 2026 to 20 Oct 2026.");
    }

    @Test
    void daysInvoicedAlreadyAreNotPaidTwiceAndNameTheEarlierInvoice() {
        Reconciled reconciled = Reconciliation.reconcile(
                Invoice.of(
                        "OF-105",
                        PERIOD_FROM,
                        PERIOD_TO,
                        List.of(Invoice.Line.days(PriceItem.ACCOMMODATION_AND_CARE, 28, FEE_DAILY))),
                agreed(
                        null,
                        List.of(new Agreed.Invoiced(
                                "OF-104",
                                PriceItem.ACCOMMODATION_AND_CARE,
                                new Agreed.Days(START, PERIOD_FROM.plusDays(6))))));

        assertThat(reconciled.flags()).containsExactly(Flag.ALREADY_INVOICED);
        assertThat(reconciled.lines().get(0).agreed()).isEqualTo(new Money(21 * 12_857));
        assertThat(reconciled.lines().get(0).reasons()).containsExactly("7 days were invoiced already, on OF-104.");
    }

    @Test
    void anExtraNeverAgreedIsNotPaidAndOneNotInForceForSomeDaysIsPaidForTheOthers() {
        Invoice transport = Invoice.of(
                "OF-106", PERIOD_FROM, PERIOD_TO, List.of(Invoice.Line.days(PriceItem.TRANSPORT, 28, new Money(500))));
        Reconciled never = Reconciliation.reconcile(transport, agreed(null, List.of()));
        assertThat(never.flags()).containsExactly(Flag.EXTRA_NOT_AGREED);
        assertThat(never.agreed()).isEqualTo(Money.ZERO);

        Price endsMidPeriod = new Price(List.of(
                PriceLine.weekly(PriceItem.ACCOMMODATION_AND_CARE, Money.pounds(900), START),
                new PriceLine(PriceItem.TRANSPORT, Money.pounds(35), null, null, START, LocalDate.of(2026, 10, 11))));
        Reconciled partly = Reconciliation.reconcile(transport, agreed(endsMidPeriod, null, List.of()));
        assertThat(partly.flags()).containsExactly(Flag.EXTRA_NOT_IN_FORCE);
        assertThat(partly.agreed()).as("5 to 11 October").isEqualTo(new Money(7 * 500));
    }

    @Test
    void anotherProviderBillingTheChildForTheSameDaysIsFlaggedAndThoseDaysNotPaid() {
        Agreed agreed = new Agreed(
                START,
                null,
                PRICE,
                Money.pounds(250),
                Set.of(),
                List.of(),
                Money.ZERO,
                List.of(new Agreed.Days(PERIOD_TO.minusDays(1), PERIOD_TO.plusDays(10))));
        Reconciled reconciled = Reconciliation.reconcile(
                Invoice.of(
                        "OF-107",
                        PERIOD_FROM,
                        PERIOD_TO,
                        List.of(Invoice.Line.days(PriceItem.ACCOMMODATION_AND_CARE, 28, FEE_DAILY))),
                agreed);
        assertThat(reconciled.flags()).containsExactly(Flag.ANOTHER_PROVIDER_SAME_DAYS);
        assertThat(reconciled.agreed()).isEqualTo(new Money(26 * 12_857));
    }

    @Test
    void aOneOffCostIsPaidOnceUpToWhatWasAgreed() {
        Invoice twice = Invoice.of(
                "OF-108",
                PERIOD_FROM,
                PERIOD_TO,
                List.of(
                        Invoice.Line.oneOff("Bedroom furniture", Money.pounds(250)),
                        Invoice.Line.oneOff("Bedroom furniture", Money.pounds(250))));
        Reconciled reconciled = Reconciliation.reconcile(twice, agreed(null, List.of()));
        assertThat(reconciled.lines().get(0).outcome()).isEqualTo(Reconciled.Outcome.AGREED);
        assertThat(reconciled.lines().get(1).outcome()).isEqualTo(Reconciled.Outcome.OVER_CLAIMED);
        assertThat(reconciled.flags()).containsExactly(Flag.ONE_OFF_BILLED_TWICE);

        Reconciled once = Reconciliation.reconcile(
                Invoice.of(
                        "OF-109", PERIOD_FROM, PERIOD_TO, List.of(Invoice.Line.oneOff("Furniture", Money.pounds(250)))),
                agreed(null, List.of()));
        assertThat(once.flags()).isEmpty();
    }

    @Test
    void vatOnAnExemptServiceIsFlaggedAndNotPaidAndLinesThatDoNotAddUpAreFlagged() {
        Invoice.Line withVat = new Invoice.Line(
                PriceItem.ACCOMMODATION_AND_CARE, "Fee", 28, FEE_DAILY, new Money(28 * 12_857), new Money(71_999));
        Reconciled vat = Reconciliation.reconcile(
                Invoice.of("OF-110", PERIOD_FROM, PERIOD_TO, List.of(withVat)), agreed(null, List.of()));
        assertThat(vat.flags()).containsExactly(Flag.VAT_ON_AN_EXEMPT_SERVICE);
        assertThat(vat.lines().get(0).difference()).isEqualTo(new Money(71_999));

        Invoice.Line wrongSum = new Invoice.Line(
                PriceItem.ACCOMMODATION_AND_CARE, "Fee", 28, FEE_DAILY, new Money(28 * 12_857 + 100), Money.ZERO);
        Reconciled sums = Reconciliation.reconcile(
                new Invoice("OF-111", PERIOD_FROM, PERIOD_TO, List.of(wrongSum), new Money(28 * 12_857 + 100)),
                agreed(null, List.of()));
        assertThat(sums.flags()).containsExactly(Flag.SUMS_DO_NOT_ADD_UP);

        Reconciled total = Reconciliation.reconcile(
                new Invoice(
                        "OF-112",
                        PERIOD_FROM,
                        PERIOD_TO,
                        List.of(Invoice.Line.days(PriceItem.ACCOMMODATION_AND_CARE, 28, FEE_DAILY)),
                        Money.pounds(4_000)),
                agreed(null, List.of()));
        assertThat(total.flags())
                .as("a total that is not the sum of the lines")
                .containsExactly(Flag.SUMS_DO_NOT_ADD_UP);
    }

    @Test
    void aRateChangeInTheMiddleOfThePeriodIsPaidAtEachRateForItsOwnDays() {
        LocalDate change = LocalDate.of(2026, 10, 21);
        Price changed = PRICE.changed(PriceItem.ACCOMMODATION_AND_CARE, Money.pounds(1_050), null, null, change);
        Reconciled reconciled = Reconciliation.reconcile(
                Invoice.of(
                        "OF-113",
                        PERIOD_FROM,
                        PERIOD_TO,
                        List.of(new Invoice.Line(
                                PriceItem.ACCOMMODATION_AND_CARE,
                                "Fee",
                                28,
                                null,
                                new Money(16 * 12_857 + 12 * 15_000),
                                null))),
                agreed(changed, null, List.of()));
        assertThat(reconciled.flags()).isEmpty();
        assertThat(reconciled.lines().get(0).outcome()).isEqualTo(Reconciled.Outcome.AGREED);
    }

    private static Agreed agreed(LocalDate end, List<Agreed.Invoiced> invoiced) {
        return agreed(PRICE, end, invoiced);
    }

    private static Agreed agreed(Price price, LocalDate end, List<Agreed.Invoiced> invoiced) {
        return new Agreed(START, end, price, Money.pounds(250), Set.of(), invoiced, Money.ZERO, List.of());
    }
}
