package uk.placementbroker.brokerage.web;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import uk.placementbroker.brokerage.Answers;
import uk.placementbroker.shared.HomeRef;
import uk.placementbroker.shared.Money;

/** An offer as a provider types it: each amount in pounds, blank for none. */
final class OfferForm {

    private OfferForm() {}

    static Answers.Offer read(Map<String, String> form, Map<String, String> errors) {
        HomeRef home = HomeRef.fromKey(form.getOrDefault("home", "")).orElse(null);
        if (home == null) {
            errors.put("home", "Choose the home you are offering");
        }
        LocalDate from = null;
        try {
            from = LocalDate.of(
                    Integer.parseInt(form.getOrDefault("fromYear", "").strip()),
                    Integer.parseInt(form.getOrDefault("fromMonth", "").strip()),
                    Integer.parseInt(form.getOrDefault("fromDay", "").strip()));
        } catch (NumberFormatException | DateTimeException e) {
            errors.put("fromDay", "Enter the date the home is free from as a real date, such as 3 12 2026");
        }
        Money fee = money(form, "weeklyFee", true, "Enter the weekly fee in pounds, such as 950", errors);
        Answers.Offer offer = new Answers.Offer(
                home,
                from,
                fee,
                amount(form, "oneToOneHours", false, "Enter the hours of 1:1 support a week, such as 10", errors),
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
        String text = form.getOrDefault(field, "").strip().replace("£", "").replace(",", "");
        if (text.isEmpty()) {
            if (required) {
                errors.put(field, problem);
            }
            return BigDecimal.ZERO;
        }
        try {
            BigDecimal value = new BigDecimal(text);
            if (value.signum() < 0 || value.scale() > 2) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            errors.put(field, problem);
            return BigDecimal.ZERO;
        }
    }
}
