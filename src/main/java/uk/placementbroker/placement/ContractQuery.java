package uk.placementbroker.placement;

import java.time.Instant;

/** A provider's question about an issued version of the contract, and the broker's answer once given. */
public record ContractQuery(
        long id,
        int version,
        String raisedBy,
        Instant raisedAt,
        String question,
        String answeredBy,
        Instant answeredAt,
        String answer) {

    public boolean open() {
        return answeredAt == null;
    }
}
