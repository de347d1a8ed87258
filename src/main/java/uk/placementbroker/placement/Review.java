package uk.placementbroker.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A placement review as the child's independent reviewing officer records it: who took part, the child's view,
 * progress on each outcome of the contract, whether the placement is stable, concerns and actions; then the
 * social worker's feedback on it.
 */
public record Review(
        long id,
        LocalDate heldOn,
        String participants,
        String childsView,
        boolean stable,
        String concerns,
        String actions,
        List<Progress> progress,
        String recordedBy,
        Instant recordedAt,
        String feedback,
        String feedbackBy,
        Instant feedbackAt) {

    public enum Rating {
        ACHIEVED("Achieved"),
        ON_TRACK("On track"),
        NOT_ON_TRACK("Not on track"),
        NO_LONGER_RELEVANT("No longer relevant");

        private final String words;

        Rating(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** Progress on one outcome, numbered as the contract numbers them. */
    public record Progress(int number, String outcome, Rating rating, String note) {}

    /** What the reviewing officer records, before it is kept. */
    public record Held(
            LocalDate heldOn,
            String participants,
            String childsView,
            boolean stable,
            String concerns,
            String actions,
            List<Progress> progress) {}
}
