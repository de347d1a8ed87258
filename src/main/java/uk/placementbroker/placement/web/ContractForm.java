package uk.placementbroker.placement.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.placementbroker.placement.Contract;
import uk.placementbroker.shared.Typed;

/**
 * The broker's form for completing a drafted contract: the parties' details, what the price includes, how each
 * outcome is measured and by when, and the terms. What is blank may stay blank in a draft (issuing asks for it);
 * what is typed wrong is named.
 */
final class ContractForm {

    private ContractForm() {}

    static Contract read(Map<String, String> form, Contract draft, LocalDate start, Map<String, String> errors) {
        Contract.Parties was = draft.parties();
        Contract.Parties parties = new Contract.Parties(
                was.council(),
                text(form, "councilContact"),
                text(form, "providerLegalName"),
                text(form, "registrationNumber"),
                was.home(),
                was.homeUrn(),
                text(form, "registeredManager"));
        List<Contract.Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < draft.outcomes().size(); i++) {
            String prefix = "outcome" + i + "By";
            LocalDate by = null;
            boolean anyDate = !text(form, prefix + "Day").isEmpty()
                    || !text(form, prefix + "Month").isEmpty()
                    || !text(form, prefix + "Year").isEmpty();
            if (anyDate) {
                Optional<LocalDate> typed = Typed.date(
                        form.get(prefix + "Day"),
                        form.get(prefix + "Month"),
                        form.get(prefix + "Year"),
                        start,
                        start.plusYears(5));
                if (typed.isEmpty()) {
                    errors.put(
                            prefix + "Day",
                            "Enter when outcome " + (i + 1) + " is to be achieved as a real date from the placement's"
                                    + " start to five years after it, such as "
                                    + start.plusMonths(6).getDayOfMonth()
                                    + " " + start.plusMonths(6).getMonthValue() + " "
                                    + start.plusMonths(6).getYear());
                }
                by = typed.orElse(null);
            }
            outcomes.add(
                    new Contract.Outcome(draft.outcomes().get(i).outcome(), text(form, "outcome" + i + "Measure"), by));
        }
        int notice = whole(
                form, "noticeDays", "the days' notice", 0, 365, draft.terms().noticeDays(), errors);
        int payment = whole(
                form,
                "paymentDays",
                "the days to pay an invoice",
                0,
                120,
                draft.terms().paymentDays(),
                errors);
        Contract.InvoicingPeriod invoicing = draft.terms().invoicing();
        try {
            if (form.get("invoicing") != null) {
                invoicing = Contract.InvoicingPeriod.valueOf(form.get("invoicing"));
            }
        } catch (IllegalArgumentException unknown) {
            errors.put("invoicing", "Choose how often the provider invoices");
        }
        return new Contract(
                parties,
                draft.startDate(),
                draft.invoicingReference(),
                draft.price(),
                draft.oneOffCosts(),
                text(form, "priceIncludes"),
                outcomes,
                draft.reviews(),
                new Contract.Terms(notice, invoicing, payment));
    }

    /** The form as the draft fills it, for the page. */
    static Map<String, String> of(Contract draft) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("councilContact", draft.parties().councilContact());
        form.put("providerLegalName", draft.parties().providerLegalName());
        form.put("registrationNumber", draft.parties().registrationNumber());
        form.put("registeredManager", draft.parties().registeredManager());
        form.put("priceIncludes", draft.priceIncludes());
        for (int i = 0; i < draft.outcomes().size(); i++) {
            Contract.Outcome outcome = draft.outcomes().get(i);
            form.put("outcome" + i + "Measure", outcome.measuredBy());
            if (outcome.by() != null) {
                form.put("outcome" + i + "ByDay", String.valueOf(outcome.by().getDayOfMonth()));
                form.put("outcome" + i + "ByMonth", String.valueOf(outcome.by().getMonthValue()));
                form.put("outcome" + i + "ByYear", String.valueOf(outcome.by().getYear()));
            }
        }
        form.put("noticeDays", String.valueOf(draft.terms().noticeDays()));
        form.put("paymentDays", String.valueOf(draft.terms().paymentDays()));
        form.put("invoicing", draft.terms().invoicing().name());
        return form;
    }

    private static int whole(
            Map<String, String> form,
            String field,
            String what,
            int lowest,
            int highest,
            int otherwise,
            Map<String, String> errors) {
        String typed = text(form, field);
        if (typed.isEmpty()) {
            return otherwise;
        }
        Optional<Integer> number = Typed.wholeNumber(typed, lowest, highest);
        if (number.isEmpty()) {
            errors.put(field, "Enter " + what + " as a whole number from " + lowest + " to " + highest);
        }
        return number.orElse(otherwise);
    }

    private static String text(Map<String, String> form, String field) {
        String value = form.get(field);
        return value == null ? "" : value.strip();
    }
}
