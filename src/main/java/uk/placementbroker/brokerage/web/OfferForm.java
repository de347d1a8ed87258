package uk.placementbroker.brokerage.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import uk.placementbroker.brokerage.Answers;
import uk.placementbroker.shared.HomeRef;
import uk.placementbroker.shared.Money;
import uk.placementbroker.shared.Typed;

/** An offer as a provider types it: each amount in pounds, blank for none. */
final class OfferForm {

    private OfferForm() {}

    static Answers.Offer read(Map<String, String> form, Map<String, String> errors) {
        HomeRef home = HomeRef.fromKey(form.getOrDefault("home", "")).orElse(null);
        if (home == null) {
            errors.put("home", "Choose the home you are offering");
        }
        LocalDate today = LocalDate.now();
        LocalDate from = Typed.date(
                        form.get("fromDay"),
                        form.get("fromMonth"),
                        form.get("fromYear"),
                        today.minusYears(1),
                        today.plusYears(2))
                .orElse(null);
        if (from == null) {
            errors.put(
                    "fromDay",
                    "Enter the date the home is free from as a real date within the next two years, such as 3 12 2026");
        }
        Money fee =
                money(form, "weeklyFee", true, "Enter the weekly fee in pounds, such as 950, up to £100,000", errors);
        if (!errors.containsKey("weeklyFee") && fee.pence() == 0) {
            errors.put("weeklyFee", "Enter the weekly fee in pounds, such as 950: it cannot be nothing");
        }
        Answers.Offer offer = new Answers.Offer(
                home,
                from,
                fee,
                hours(form, "oneToOneHours", "Enter the hours of 1:1 support a week, such as 10, up to 168", errors),
                money(
                        form,
                        "oneToOneRate",
                        false,
                        "Enter the hourly rate of 1:1 support in pounds, such as 22.50",
                        errors),
                money(
                        form,
                        "educationWeekly",
                        false,
                        "Enter the weekly cost of education in pounds, or leave it blank",
                        errors),
                money(
                        form,
                        "transportWeekly",
                        false,
                        "Enter the weekly cost of transport in pounds, or leave it blank",
                        errors),
                money(
                        form,
                        "therapyWeekly",
                        false,
                        "Enter the weekly cost of therapy in pounds, or leave it blank",
                        errors),
                money(form, "oneOffCosts", false, "Enter the one-off costs in pounds, or leave them blank", errors),
                form.getOrDefault("howNeedsAreMet", "").strip());
        if (offer.howNeedsAreMet().isEmpty()) {
            errors.put("howNeedsAreMet", "Say how you will meet each of the child's needs and the outcomes");
        }
        return offer;
    }

    private static Money money(
            Map<String, String> form, String field, boolean required, String problem, Map<String, String> errors) {
        return Money.of(amount(form, field, required, problem, errors));
    }

    private static BigDecimal amount(
            Map<String, String> form, String field, boolean required, String problem, Map<String, String> errors) {
        return typed(form, field, required, problem, errors, Typed::pounds);
    }

    private static BigDecimal hours(
            Map<String, String> form, String field, String problem, Map<String, String> errors) {
        return typed(form, field, false, problem, errors, Typed::hoursAWeek);
    }

    private static BigDecimal typed(
            Map<String, String> form,
            String field,
            boolean required,
            String problem,
            Map<String, String> errors,
            java.util.function.Function<String, java.util.Optional<BigDecimal>> read) {
        String text = form.getOrDefault(field, "").strip();
        if (text.isEmpty()) {
            if (required) {
                errors.put(field, problem);
            }
            return BigDecimal.ZERO;
        }
        java.util.Optional<BigDecimal> value = read.apply(text);
        if (value.isEmpty()) {
            errors.put(field, problem);
        }
        return value.orElse(BigDecimal.ZERO);
    }
}
