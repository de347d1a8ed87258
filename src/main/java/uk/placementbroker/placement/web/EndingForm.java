package uk.placementbroker.placement.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import uk.placementbroker.placement.Ending;
import uk.placementbroker.placement.Endings;
import uk.placementbroker.shared.Typed;

/** The form that records a placement's end: whether planned, when, why, the notice given, where the child went. */
final class EndingForm {

    private EndingForm() {}

    static Optional<Endings.Asked> read(
            Map<String, String> form, LocalDate start, LocalDate today, Map<String, String> errors) {
        Boolean planned = switch (form.getOrDefault("planned", "")) {
            case "yes" -> true;
            case "no" -> false;
            default -> {
                errors.put("planned", "Say whether the ending was planned");
                yield null;
            }
        };
        Optional<LocalDate> end =
                Typed.date(form.get("endDay"), form.get("endMonth"), form.get("endYear"), start.plusDays(1), today);
        if (end.isEmpty()) {
            errors.put(
                    "endDay",
                    "Enter the day the placement ended, after it started and no later than today, such as "
                            + today.getDayOfMonth() + " " + today.getMonthValue() + " " + today.getYear());
        }
        String reason = form.getOrDefault("reason", "");
        if (!Ending.reasons().containsKey(reason)) {
            errors.put("reason", "Choose the reason for the change");
        }
        Optional<LocalDate> notice = Optional.empty();
        if (!blank(form.get("noticeDay")) || !blank(form.get("noticeMonth")) || !blank(form.get("noticeYear"))) {
            notice = Typed.date(form.get("noticeDay"), form.get("noticeMonth"), form.get("noticeYear"))
                    .filter(day -> end.isEmpty() || !day.isAfter(end.get()));
            if (notice.isEmpty()) {
                errors.put(
                        "noticeDay",
                        "Enter the day notice was given, on or before the end, or leave it blank where none was given");
            }
        }
        Ending.Destination destination = null;
        try {
            destination = Ending.Destination.valueOf(form.getOrDefault("destination", ""));
        } catch (IllegalArgumentException notChosen) {
            errors.put("destination", "Choose where the child went");
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Endings.Asked(
                planned, end.get(), reason, notice.orElse(null), destination, form.getOrDefault("note", "")));
    }

    static Map<String, String> reasons() {
        Map<String, String> options = new LinkedHashMap<>();
        Ending.reasons().forEach((code, words) -> options.put(code, words + " (" + code + ")"));
        return options;
    }

    static Map<String, String> destinations() {
        Map<String, String> options = new LinkedHashMap<>();
        for (Ending.Destination destination : Ending.Destination.values()) {
            options.put(destination.name(), destination.words());
        }
        return options;
    }

    static boolean fieldOf(String field) {
        return java.util.List.of("planned", "endDay", "reason", "noticeDay", "destination")
                .contains(field);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
