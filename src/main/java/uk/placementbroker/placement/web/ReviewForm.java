package uk.placementbroker.placement.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.placementbroker.placement.Review;
import uk.placementbroker.shared.Typed;

/** The reviewing officer's form: each field is needed, and each outcome's progress is rated. */
final class ReviewForm {

    private ReviewForm() {}

    static Optional<Review.Held> read(
            Map<String, String> form,
            List<String> outcomes,
            LocalDate start,
            LocalDate today,
            Map<String, String> errors) {
        Optional<LocalDate> heldOn =
                Typed.date(form.get("heldDay"), form.get("heldMonth"), form.get("heldYear"), start, today);
        if (heldOn.isEmpty()) {
            errors.put(
                    "heldDay",
                    "Enter the date the review was held, from the placement's start to today, such as "
                            + today.getDayOfMonth() + " " + today.getMonthValue() + " " + today.getYear());
        }
        String participants = needed(form, "participants", "Enter who took part in the review", errors);
        String childsView = needed(form, "childsView", "Enter the child's view of the placement", errors);
        Boolean stable = switch (form.getOrDefault("stable", "")) {
            case "yes" -> true;
            case "no" -> false;
            default -> {
                errors.put("stable", "Say whether the placement is stable");
                yield null;
            }
        };
        List<Review.Progress> progress = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            Review.Rating rating = null;
            try {
                rating = Review.Rating.valueOf(form.getOrDefault("rating" + i, ""));
            } catch (IllegalArgumentException notChosen) {
                errors.put("rating" + i, "Choose the progress on outcome " + (i + 1) + ": " + outcomes.get(i));
            }
            progress.add(new Review.Progress(i + 1, outcomes.get(i), rating, text(form, "note" + i)));
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Review.Held(
                heldOn.get(),
                participants,
                childsView,
                stable,
                text(form, "concerns"),
                text(form, "actions"),
                progress));
    }

    static Map<String, String> ratings() {
        Map<String, String> options = new LinkedHashMap<>();
        for (Review.Rating rating : Review.Rating.values()) {
            options.put(rating.name(), rating.words());
        }
        return options;
    }

    private static String needed(Map<String, String> form, String field, String message, Map<String, String> errors) {
        String value = text(form, field);
        if (value.isEmpty()) {
            errors.put(field, message);
        }
        return value;
    }

    private static String text(Map<String, String> form, String field) {
        String value = form.get(field);
        return value == null ? "" : value.strip();
    }
}
