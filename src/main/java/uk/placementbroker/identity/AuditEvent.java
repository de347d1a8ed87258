package uk.placementbroker.identity;

import java.time.Instant;

/** One line of the audit log as the search page shows it. */
public record AuditEvent(
        long id,
        Instant occurredAt,
        String actorUsername,
        String action,
        String recordType,
        String recordId,
        String detail,
        String remoteAddress) {}
