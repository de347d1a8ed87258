package uk.placementbroker.brokerage.web;

import java.util.Map;
import uk.placementbroker.brokerage.RefusalReason;

/** A refusal as a provider or the council's fostering team sends it: a reason, and words when the reason is "other". */
final class RefusalForm {

    record Refusal(RefusalReason reason, String note) {}

    private RefusalForm() {}

    /** @param noReason what to say when no reason was chosen, in the answerer's own terms */
    static Refusal read(Map<String, String> form, String noReason, Map<String, String> errors) {
        RefusalReason reason = null;
        try {
            reason = RefusalReason.valueOf(form.getOrDefault("reason", ""));
        } catch (IllegalArgumentException e) {
            errors.put("reason", noReason);
        }
        String note = form.getOrDefault("note", "");
        if (reason == RefusalReason.OTHER && note.isBlank()) {
            errors.put("note", "Say what the other reason is");
        }
        return new Refusal(reason, note);
    }
}
