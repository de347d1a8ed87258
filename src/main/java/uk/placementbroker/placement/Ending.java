package uk.placementbroker.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import uk.placementbroker.children.Codes903;

/**
 * How a placement ended.
 *
 * @param reason the DfE's REASON_PLACE_CHANGE code, such as CARPL or CREQB
 * @param noticeGivenOn the day notice was given, or null where none was
 */
public record Ending(
        boolean planned,
        LocalDate endDate,
        String reason,
        LocalDate noticeGivenOn,
        Destination destination,
        String note,
        String recordedBy,
        Instant recordedAt) {

    /** Where the child went, with what the 903 return says about the episode ending (REC). */
    public enum Destination {
        ANOTHER_PLACEMENT("To another placement: the child stays looked after", "X1"),
        HOME("Home to parents or family, as the care plan intended", "E4A"),
        INDEPENDENCE("To live independently, with support", "E5"),
        LEFT_CARE("Left care for another reason", "E8");

        private final String words;
        private final String reasonEpisodeCeased;

        Destination(String words, String reasonEpisodeCeased) {
            this.words = words;
            this.reasonEpisodeCeased = reasonEpisodeCeased;
        }

        public String words() {
            return words;
        }

        public String reasonEpisodeCeased() {
            return reasonEpisodeCeased;
        }
    }

    /** The DfE's reasons for a change of placement, with their words. */
    public static Map<String, String> reasons() {
        return Codes903.reasonsPlaceChange();
    }

    public String reasonWords() {
        return reasons().getOrDefault(reason, reason);
    }

    /** Days of notice given before the end, or null where none was. */
    public Long noticeDays() {
        return noticeGivenOn == null ? null : ChronoUnit.DAYS.between(noticeGivenOn, endDate);
    }
}
