package uk.placementbroker.placement;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A dispute, complaint or compliment about a placement, as the council records it, and how it was resolved.
 *
 * @param raisedBy who raised it, in the council's words (the provider, the child, the carers, a parent)
 */
public record Matter(
        long id,
        Kind kind,
        String raisedBy,
        String about,
        LocalDate raisedOn,
        String recordedBy,
        Instant recordedAt,
        String resolution,
        String resolvedBy,
        Instant resolvedAt) {

    public enum Kind {
        DISPUTE("Dispute"),
        COMPLAINT("Complaint"),
        COMPLIMENT("Compliment");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public boolean open() {
        return resolvedAt == null;
    }

    /** Disputes and compliments are the provider's business too; complaints stay with the council, which shares them as it decides. */
    public boolean sharedWithTheProvider() {
        return kind != Kind.COMPLAINT;
    }
}
