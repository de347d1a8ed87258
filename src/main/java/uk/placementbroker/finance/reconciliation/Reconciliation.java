package uk.placementbroker.finance.reconciliation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import uk.placementbroker.placement.PriceLine;
import uk.placementbroker.shared.Money;

/**
 * Checks an invoice against what the council agreed, the moment it arrives. For each line of an item of the price,
 * each day of the invoice's period is paid at that item's daily rate in force that day, if the council pays for the
 * day at all (within the placement's dates, not invoiced already, not billed by another provider for the child);
 * a one-off cost is paid as far as the one-off costs agreed are not invoiced already. A line claiming more is
 * over-claimed by the difference, less is under-claimed; each says why in words.
 */
public final class Reconciliation {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private Reconciliation() {}

    public static Reconciled reconcile(Invoice invoice, Agreed agreed) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        List<Reconciled.Line> lines = new ArrayList<>();
        List<Agreed.Invoiced> earlier = new ArrayList<>(agreed.invoiced());
        Money oneOffsLeft = agreed.oneOffCosts().minus(agreed.oneOffsInvoiced());
        Money linesTotal = Money.ZERO;
        for (Invoice.Line line : invoice.lines()) {
            linesTotal = linesTotal.plus(line.gross());
            List<String> reasons = new ArrayList<>();
            Money agreedAmount;
            if (line.oneOff()) {
                Money paid = min(line.net(), max(oneOffsLeft, Money.ZERO));
                if (paid.compareTo(line.net()) < 0) {
                    boolean billedBefore =
                            agreed.oneOffsInvoiced().pence() > 0 || oneOffsLeft.compareTo(agreed.oneOffCosts()) < 0;
                    flags.add(billedBefore ? Flag.ONE_OFF_BILLED_TWICE : Flag.EXTRA_NOT_AGREED);
                    reasons.add(
                            billedBefore
                                    ? "The one-off costs agreed (" + agreed.oneOffCosts()
                                            + ") have been invoiced already, but " + paid + "."
                                    : "The contract agrees " + agreed.oneOffCosts() + " of one-off costs, not "
                                            + line.net() + ".");
                }
                oneOffsLeft = oneOffsLeft.minus(paid);
                agreedAmount = paid;
            } else {
                agreedAmount = days(invoice, line, agreed, earlier, flags, reasons);
                earlier.add(new Agreed.Invoiced(
                        invoice.number(), line.item(), new Agreed.Days(invoice.from(), invoice.to())));
                if (line.dailyRate() != null
                        && new Money(line.dailyRate().pence() * line.days()).compareTo(line.net()) != 0) {
                    flags.add(Flag.SUMS_DO_NOT_ADD_UP);
                    reasons.add(line.days() + " days at " + line.dailyRate() + " is "
                            + new Money(line.dailyRate().pence() * line.days()) + ", not " + line.net() + ".");
                }
            }
            Money agreedVat = Money.ZERO;
            if (line.vat().pence() > 0 && (line.oneOff() || !agreed.vatable().contains(line.item()))) {
                flags.add(Flag.VAT_ON_AN_EXEMPT_SERVICE);
                reasons.add("VAT of " + line.vat() + " is charged on a service the contract says is exempt.");
            } else {
                agreedVat = line.vat();
            }
            lines.add(line(line, agreedAmount.plus(agreedVat), agreedVat, reasons));
        }
        if (linesTotal.compareTo(invoice.total()) != 0) {
            flags.add(Flag.SUMS_DO_NOT_ADD_UP);
        }
        Money agreedTotal = lines.stream().map(Reconciled.Line::agreed).reduce(Money.ZERO, Money::plus);
        return new Reconciled(lines, flags, invoice.total(), agreedTotal);
    }

    /** What an item's line is agreed at: each day of the period the council pays for, at the rate in force that day. */
    private static Money days(
            Invoice invoice,
            Invoice.Line line,
            Agreed agreed,
            List<Agreed.Invoiced> earlier,
            Set<Flag> flags,
            List<String> reasons) {
        long pence = 0;
        int outside = 0;
        int invoicedBefore = 0;
        int otherProvider = 0;
        int notInForce = 0;
        int paidDays = 0;
        long highestDaily = 0;
        String earlierNumber = null;
        // A year of invoices for every placement in England is reconciled in one run: the item's rates, sorted by
        // their start, are walked alongside the days rather than searched for each day.
        List<PriceLine> rates = agreed.price().lines().stream()
                .filter(rate -> rate.item() == line.item())
                .toList();
        List<Agreed.Invoiced> before =
                earlier.stream().filter(each -> each.item() == line.item()).toList();
        int next = 0;
        for (LocalDate day = invoice.from(); !day.isAfter(invoice.to()); day = day.plusDays(1)) {
            if (!agreed.paysFor(day)) {
                outside++;
                continue;
            }
            Agreed.Invoiced invoicedOn = invoicedOn(before, day);
            if (invoicedOn != null) {
                invoicedBefore++;
                earlierNumber = invoicedOn.invoiceNumber();
                continue;
            }
            if (coveredBy(agreed.otherProvidersDays(), day)) {
                otherProvider++;
                continue;
            }
            while (next < rates.size()
                    && rates.get(next).to() != null
                    && rates.get(next).to().isBefore(day)) {
                next++;
            }
            if (next == rates.size() || !rates.get(next).inForceOn(day)) {
                notInForce++;
                continue;
            }
            long daily = rates.get(next).daily().pence();
            pence += daily;
            highestDaily = Math.max(highestDaily, daily);
            paidDays++;
        }
        if (outside > 0) {
            flags.add(Flag.OUTSIDE_THE_PLACEMENT);
            reasons.add(outside + (outside == 1 ? " day is" : " days are") + " outside the placement, which "
                    + (agreed.end() == null
                            ? "started on " + DAY.format(agreed.start())
                            : "ran from " + DAY.format(agreed.start()) + " to " + DAY.format(agreed.end()))
                    + ".");
        }
        if (invoicedBefore > 0) {
            flags.add(Flag.ALREADY_INVOICED);
            reasons.add(invoicedBefore + (invoicedBefore == 1 ? " day was" : " days were") + " invoiced already, on "
                    + earlierNumber + ".");
        }
        if (otherProvider > 0) {
            flags.add(Flag.ANOTHER_PROVIDER_SAME_DAYS);
            reasons.add(otherProvider + (otherProvider == 1 ? " day is" : " days are")
                    + " invoiced for the same child by another provider.");
        }
        if (notInForce > 0) {
            flags.add(paidDays == 0 ? Flag.EXTRA_NOT_AGREED : Flag.EXTRA_NOT_IN_FORCE);
            reasons.add(
                    paidDays == 0
                            ? line.item().words() + " is not agreed in the contract for any day of the period."
                            : line.item().words() + " is not agreed for " + notInForce
                                    + (notInForce == 1 ? " day" : " days") + " of the period.");
        }
        if (line.dailyRate() != null && paidDays > 0 && line.dailyRate().pence() > highestDaily) {
            flags.add(Flag.RATE_ABOVE_THE_CONTRACT);
            reasons.add(
                    "The daily rate " + line.dailyRate() + " is above the contract's " + new Money(highestDaily) + ".");
        }
        return new Money(pence);
    }

    private static Agreed.Invoiced invoicedOn(List<Agreed.Invoiced> before, LocalDate day) {
        for (Agreed.Invoiced each : before) {
            if (each.days().covers(day)) {
                return each;
            }
        }
        return null;
    }

    private static boolean coveredBy(List<Agreed.Days> days, LocalDate day) {
        for (Agreed.Days each : days) {
            if (each.covers(day)) {
                return true;
            }
        }
        return false;
    }

    private static Reconciled.Line line(Invoice.Line claimed, Money agreed, Money agreedVat, List<String> reasons) {
        int compared = claimed.gross().compareTo(agreed);
        Reconciled.Outcome outcome = compared == 0
                ? Reconciled.Outcome.AGREED
                : compared > 0 ? Reconciled.Outcome.OVER_CLAIMED : Reconciled.Outcome.UNDER_CLAIMED;
        List<String> said = new ArrayList<>(reasons);
        if (outcome != Reconciled.Outcome.AGREED && said.isEmpty()) {
            said.add(
                    outcome == Reconciled.Outcome.OVER_CLAIMED
                            ? "It claims " + claimed.gross().minus(agreed)
                                    + " more than the contract's rates for these days."
                            : "It claims " + agreed.minus(claimed.gross())
                                    + " less than the contract's rates for these days.");
        }
        return new Reconciled.Line(
                claimed, agreed, agreedVat, outcome, claimed.gross().minus(agreed), List.copyOf(said));
    }

    private static Money min(Money a, Money b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Money max(Money a, Money b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
