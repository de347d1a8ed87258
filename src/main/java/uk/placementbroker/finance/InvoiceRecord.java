package uk.placementbroker.finance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.placementbroker.finance.reconciliation.Flag;
import uk.placementbroker.finance.reconciliation.Reconciled;
import uk.placementbroker.shared.Money;

/**
 * An invoice as it was received and reconciled, and where the finance officer's work on it has got to.
 *
 * @param credit a credit note the provider sent in answer to a query, taken off what it claims
 */
public record InvoiceRecord(
        long id,
        long localAuthorityId,
        long placementId,
        long providerId,
        Long providerOrganisationId,
        String number,
        LocalDate from,
        LocalDate to,
        Money total,
        Money agreed,
        Money overClaimed,
        List<Flag> flags,
        State state,
        String submittedBy,
        Instant submittedAt,
        Money approved,
        String approvedBy,
        Instant approvedAt,
        String approvalReason,
        String secondApprovedBy,
        String query,
        String queriedBy,
        Instant queriedAt,
        String answer,
        Money credit,
        Instant answeredAt,
        String rejection,
        String rejectedBy,
        Long batchId,
        List<Reconciled.Line> lines) {

    public enum State {
        TO_CHECK("To check"),
        QUERIED("Queried with the provider"),
        SECOND_APPROVAL("Waiting for a second approver"),
        APPROVED("Approved"),
        REJECTED("Rejected"),
        EXPORTED("Exported for payment");

        private final String words;

        State(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** The same invoice with its reconciled lines, read apart from it. */
    public InvoiceRecord withLines(List<Reconciled.Line> lines) {
        return new InvoiceRecord(
                id,
                localAuthorityId,
                placementId,
                providerId,
                providerOrganisationId,
                number,
                from,
                to,
                total,
                agreed,
                overClaimed,
                flags,
                state,
                submittedBy,
                submittedAt,
                approved,
                approvedBy,
                approvedAt,
                approvalReason,
                secondApprovedBy,
                query,
                queriedBy,
                queriedAt,
                answer,
                credit,
                answeredAt,
                rejection,
                rejectedBy,
                batchId,
                lines);
    }

    /** What the invoice claims once any credit note is taken off. */
    public Money claimed() {
        return total.minus(credit);
    }

    /** Whether the query has been answered and the invoice waits to be checked again. */
    public boolean answered() {
        return answeredAt != null && state == State.TO_CHECK;
    }
}
