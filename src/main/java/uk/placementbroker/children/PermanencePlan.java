package uk.placementbroker.children;

import java.time.LocalDate;

/**
 * How the council means a looked-after child to have a settled home for good, as the care plan says
 * by the second review (at 4 months).
 */
public record PermanencePlan(Kind kind, String note, LocalDate recordedOn, String recordedBy) {

    public enum Kind {
        RETURN_HOME("Return to their birth family"),
        FAMILY_AND_FRIENDS("To live with family or friends (special guardianship or a child arrangements order)"),
        ADOPTION("Adoption"),
        LONG_TERM_FOSTERING("Long-term fostering"),
        LONG_TERM_RESIDENTIAL("Long-term residential care"),
        INDEPENDENCE("Independent living as a care leaver (staying put or staying close)");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }
}
