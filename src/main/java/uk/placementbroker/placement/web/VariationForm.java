package uk.placementbroker.placement.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.placementbroker.placement.PriceItem;
import uk.placementbroker.placement.Variation;
import uk.placementbroker.placement.Variations;
import uk.placementbroker.shared.Money;
import uk.placementbroker.shared.Typed;

/**
 * The form that asks for a change to the price: from when, why, and each item's new weekly amount (blank leaves it
 * as it is, 0 ends it; 1:1 support as hours and an hourly rate), or for an annual uplift the percentage.
 */
final class VariationForm {

    private VariationForm() {}

    static Optional<Variations.Asked> read(Map<String, String> form, LocalDate start, Map<String, String> errors) {
        Optional<LocalDate> effective = Typed.date(
                form.get("effectiveDay"),
                form.get("effectiveMonth"),
                form.get("effectiveYear"),
                start,
                start.plusYears(10));
        if (effective.isEmpty()) {
            errors.put(
                    "effectiveDay",
                    "Enter the day the new price takes effect, on or after the placement's start, such as "
                            + start.plusMonths(1).getDayOfMonth() + " "
                            + start.plusMonths(1).getMonthValue() + " "
                            + start.plusMonths(1).getYear());
        }
        Variation.Reason reason = null;
        try {
            reason = Variation.Reason.valueOf(form.getOrDefault("variationReason", ""));
        } catch (IllegalArgumentException notChosen) {
            errors.put("variationReason", "Choose why the price changes");
        }
        String explanation = form.getOrDefault("explanation", "").strip();
        if (explanation.isEmpty()) {
            errors.put("explanation", "Say what has changed and why the price should follow");
        }
        List<Variation.Change> changes = new ArrayList<>();
        BigDecimal uplift = null;
        if (reason == Variation.Reason.ANNUAL_UPLIFT) {
            uplift = Typed.percent(form.get("upliftPercent")).orElse(null);
            if (uplift == null) {
                errors.put("upliftPercent", "Enter the uplift as a percentage, such as 1.5");
            }
        } else if (reason != null) {
            for (PriceItem item : PriceItem.values()) {
                change(form, item, errors).ifPresent(changes::add);
            }
            if (changes.isEmpty() && !errors.keySet().stream().anyMatch(field -> field.startsWith("new"))) {
                errors.put("newACCOMMODATION_AND_CARE", "Enter the new weekly amount of at least one item");
            }
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Variations.Asked(effective.get(), reason, explanation, changes, uplift));
    }

    private static Optional<Variation.Change> change(
            Map<String, String> form, PriceItem item, Map<String, String> errors) {
        if (item == PriceItem.ONE_TO_ONE) {
            String hours = form.getOrDefault("newONE_TO_ONEHours", "").strip();
            String rate = form.getOrDefault("newONE_TO_ONE", "").strip();
            if (hours.isEmpty() && rate.isEmpty()) {
                return Optional.empty();
            }
            Optional<BigDecimal> typedHours = Typed.hoursAWeek(hours);
            Optional<BigDecimal> typedRate = Typed.pounds(rate);
            if (typedHours.isEmpty() || typedRate.isEmpty()) {
                errors.put(
                        "newONE_TO_ONE",
                        "Enter both the hours of 1:1 support a week and the hourly rate, such as 10 and 22.50");
                return Optional.empty();
            }
            return Optional.of(Variation.Change.oneToOne(typedHours.get(), Money.of(typedRate.get())));
        }
        String typed = form.getOrDefault("new" + item.name(), "").strip();
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        Optional<BigDecimal> pounds = Typed.pounds(typed);
        if (pounds.isEmpty()) {
            errors.put(
                    "new" + item.name(),
                    "Enter the new weekly amount of " + item.words().toLowerCase() + " in pounds, such as 950");
            return Optional.empty();
        }
        return Optional.of(Variation.Change.weekly(item, Money.of(pounds.get())));
    }

    static Map<String, String> reasons() {
        Map<String, String> options = new LinkedHashMap<>();
        for (Variation.Reason reason : Variation.Reason.values()) {
            options.put(reason.name(), reason.words());
        }
        return options;
    }

    static boolean fieldOf(String field) {
        return field.startsWith("new")
                || List.of("effectiveDay", "variationReason", "explanation", "upliftPercent", "variation")
                        .contains(field);
    }
}
