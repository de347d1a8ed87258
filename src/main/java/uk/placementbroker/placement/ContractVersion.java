package uk.placementbroker.placement;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of a placement's contract, with where it has got to: drafted, issued, signed for the council by a
 * team manager, accepted for the provider (by name), agreed when both have.
 */
public record ContractVersion(
        long placementId,
        int version,
        LocalDate effectiveFrom,
        Contract contract,
        String madeBy,
        Instant madeAt,
        String reason,
        String issuedBy,
        Instant issuedAt,
        String councilSignedBy,
        Instant councilSignedAt,
        String providerAcceptedBy,
        String providerAcceptedAs,
        Instant providerAcceptedAt) {

    public enum State {
        DRAFT("Draft"),
        ISSUED("Issued: waiting for both signatures"),
        SIGNED_FOR_THE_COUNCIL("Signed for the council: waiting for the provider"),
        ACCEPTED_BY_THE_PROVIDER("Accepted by the provider: waiting for the council's signature"),
        AGREED("Agreed by both");

        private final String words;

        State(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public State state() {
        if (issuedAt == null) {
            return State.DRAFT;
        }
        if (councilSignedAt != null && providerAcceptedAt != null) {
            return State.AGREED;
        }
        if (councilSignedAt != null) {
            return State.SIGNED_FOR_THE_COUNCIL;
        }
        return providerAcceptedAt != null ? State.ACCEPTED_BY_THE_PROVIDER : State.ISSUED;
    }

    /** Whether the placement starts (or has started) on {@code today} without both signatures on this version. */
    public boolean unsignedAtTheStart(LocalDate today) {
        return state() != State.AGREED && !contract.startDate().isAfter(today);
    }
}
