package uk.placementbroker.finance.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.placementbroker.finance.reconciliation.Invoice;
import uk.placementbroker.placement.PriceItem;
import uk.placementbroker.shared.Money;
import uk.placementbroker.shared.Typed;

/**
 * The invoice form: the number, the period, and for each item of the price invoiced its days, daily rate and amount
 * (with VAT where charged), and a one-off cost. What is typed wrong is named, field by field.
 */
final class InvoiceForm {

    private InvoiceForm() {}

    /** The invoice typed, and the placement it is for. */
    record Entered(long placementId, Invoice invoice) {}

    static Optional<Entered> read(Map<String, String> form, LocalDate today, Map<String, String> errors) {
        Optional<Integer> placement = Typed.wholeNumber(form.get("placement"), 1, Integer.MAX_VALUE);
        if (placement.isEmpty()) {
            errors.put("placement", "Choose the placement the invoice is for");
        }
        String number = form.getOrDefault("number", "").strip();
        if (number.isEmpty() || number.length() > 40) {
            errors.put("number", "Enter the invoice's number, up to 40 characters");
        }
        Optional<LocalDate> from = date(form, "from", today);
        if (from.isEmpty()) {
            errors.put("fromDay", "Enter the first day the invoice covers, such as " + example(today.minusDays(27)));
        }
        Optional<LocalDate> to = date(form, "to", today).filter(day -> from.isEmpty() || !day.isBefore(from.get()));
        if (to.isEmpty()) {
            errors.put(
                    "toDay", "Enter the last day the invoice covers, on or after the first, such as " + example(today));
        }
        List<Invoice.Line> lines = new ArrayList<>();
        for (PriceItem item : PriceItem.values()) {
            line(form, item, errors).ifPresent(lines::add);
        }
        String oneOff = form.getOrDefault("oneOffAmount", "").strip();
        if (!oneOff.isEmpty()) {
            Optional<BigDecimal> amount = Typed.pounds(oneOff);
            String description = form.getOrDefault("oneOffDescription", "").strip();
            if (amount.isEmpty()) {
                errors.put("oneOffAmount", "Enter the one-off cost in pounds, such as 250");
            } else if (description.isEmpty()) {
                errors.put("oneOffDescription", "Say what the one-off cost is for");
            } else {
                lines.add(Invoice.Line.oneOff(description, Money.of(amount.get())));
            }
        }
        if (lines.isEmpty()
                && errors.keySet().stream()
                        .noneMatch(field -> field.startsWith("amount") || field.startsWith("days"))) {
            errors.put(
                    "daysACCOMMODATION_AND_CARE",
                    "Enter at least one line: the days, daily rate and amount of the placement fee");
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Entered(placement.get(), Invoice.of(number, from.get(), to.get(), lines)));
    }

    private static Optional<Invoice.Line> line(Map<String, String> form, PriceItem item, Map<String, String> errors) {
        String days = form.getOrDefault("days" + item.name(), "").strip();
        String rate = form.getOrDefault("rate" + item.name(), "").strip();
        String amount = form.getOrDefault("amount" + item.name(), "").strip();
        String vat = form.getOrDefault("vat" + item.name(), "").strip();
        if (days.isEmpty() && rate.isEmpty() && amount.isEmpty() && vat.isEmpty()) {
            return Optional.empty();
        }
        Optional<Integer> typedDays = Typed.wholeNumber(days, 1, 366);
        Optional<BigDecimal> typedRate = Typed.pounds(rate);
        Optional<BigDecimal> typedAmount = Typed.pounds(amount);
        Optional<BigDecimal> typedVat = vat.isEmpty() ? Optional.of(BigDecimal.ZERO) : Typed.pounds(vat);
        if (typedDays.isEmpty()) {
            errors.put(
                    "days" + item.name(),
                    "Enter the days of " + item.words().toLowerCase() + " invoiced, from 1 to 366");
        } else if (typedRate.isEmpty()) {
            errors.put(
                    "rate" + item.name(),
                    "Enter the daily rate of " + item.words().toLowerCase() + " in pounds, such as 128.57");
        } else if (typedAmount.isEmpty()) {
            errors.put(
                    "amount" + item.name(),
                    "Enter the amount invoiced for " + item.words().toLowerCase() + " in pounds");
        } else if (typedVat.isEmpty()) {
            errors.put("vat" + item.name(), "Enter the VAT in pounds, or leave it blank where none is charged");
        } else {
            return Optional.of(new Invoice.Line(
                    item,
                    item.words(),
                    typedDays.get(),
                    Money.of(typedRate.get()),
                    Money.of(typedAmount.get()),
                    Money.of(typedVat.get())));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(Map<String, String> form, String prefix, LocalDate today) {
        return Typed.date(
                form.get(prefix + "Day"),
                form.get(prefix + "Month"),
                form.get(prefix + "Year"),
                today.minusYears(2),
                today.plusYears(1));
    }

    private static String example(LocalDate day) {
        return day.getDayOfMonth() + " " + day.getMonthValue() + " " + day.getYear();
    }
}
