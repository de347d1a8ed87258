package uk.placementbroker.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.placementbroker.finance.internal.InvoiceStore;
import uk.placementbroker.finance.reconciliation.Agreed;
import uk.placementbroker.finance.reconciliation.Invoice;
import uk.placementbroker.finance.reconciliation.Reconciled;
import uk.placementbroker.finance.reconciliation.Reconciliation;
import uk.placementbroker.identity.AuditAction;
import uk.placementbroker.identity.AuditLog;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.identity.Role;
import uk.placementbroker.placement.Contract;
import uk.placementbroker.placement.Placements;
import uk.placementbroker.shared.Money;
import uk.placementbroker.shared.MovedOn;
import uk.placementbroker.shared.NotFound;
import uk.placementbroker.shared.Refused;

/**
 * Invoices for placements: received from the placed provider in the portal (or entered by the council's finance
 * officer on its behalf) and reconciled against the placement's contract and its earlier invoices as they arrive;
 * then checked by the council's finance officers, who approve the reconciled amount, or the invoiced one with a reason
 * (above a threshold over the reconciled, with a second approver, never the first), query it back to the provider
 * (who answers, with a credit note if it is owed), or reject it; and exported for payment once, in a batch. Every
 * step checks the state it moves from and is audited; anyone else finds nothing.
 */
@Component
public class Invoices {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final int LIST_LIMIT = 200;

    private final InvoiceStore store;
    private final Placements placements;
    private final AuditLog auditLog;
    private final Money secondApproverAbove;
    private final String costCentre;

    Invoices(
            InvoiceStore store,
            Placements placements,
            AuditLog auditLog,
            @Value("${placementbroker.finance.second-approver-above-pounds:500}") BigDecimal secondApproverAbove,
            @Value("${placementbroker.finance.cost-centre:CHILDREN-PLACEMENTS}") String costCentre) {
        this.store = store;
        this.placements = placements;
        this.auditLog = auditLog;
        this.secondApproverAbove = Money.of(secondApproverAbove);
        this.costCentre = costCentre;
    }

    public Money secondApproverAbove() {
        return secondApproverAbove;
    }

    /** The placements the user may enter an invoice for: a provider's own, or, to a finance officer, the council's. */
    public List<Placements.Invoiceable> invoiceable(CurrentUser user, LocalDate today) {
        if (isFinanceOfficer(user)) {
            return placements.invoiceableIn(user.localAuthorityId(), today);
        }
        if (user.hasRole(Role.PROVIDER_USER) && user.providerOrganisationId() != null) {
            return placements.invoiceableBy(user.providerOrganisationId(), today);
        }
        return List.of();
    }

    /** Receives an invoice and reconciles it at once. */
    @Transactional
    public long submit(CurrentUser user, long placementId, Invoice invoice, LocalDate today) {
        Placements.Invoiceable placement = invoiceable(user, today).stream()
                .filter(each -> each.placementId() == placementId)
                .findFirst()
                .orElseThrow(() -> new Refused("Choose one of the placements listed"));
        if (invoice.from().isAfter(today)) {
            throw new Refused("Invoice for days that have passed: the period starts after today");
        }
        Contract contract = placements.agreedToPay(placementId);
        InvoiceStore.History history = store.historyOf(placementId);
        Agreed agreed = new Agreed(
                placement.startDate(),
                placement.endedOn(),
                contract.price(),
                contract.oneOffCosts(),
                Set.of(),
                history.invoiced(),
                history.oneOffsInvoiced(),
                store.otherProvidersDays(placement.localAuthorityId(), placement.childId(), placement.providerId()));
        Reconciled reconciled = Reconciliation.reconcile(invoice, agreed);
        long id = store.insert(
                        new InvoiceStore.Placed(
                                placement.localAuthorityId(),
                                placementId,
                                placement.providerId(),
                                placement.providerOrganisationId(),
                                placement.childId()),
                        invoice,
                        reconciled,
                        user.username())
                .orElseThrow(() -> new MovedOn("Invoice " + invoice.number()
                        + " has been sent already: give each invoice a number of its own"));
        auditLog.recordAbout(
                placement.localAuthorityId(),
                AuditAction.CREATED,
                "invoice",
                id,
                invoice.number() + " for placement " + placementId + ", " + invoice.total() + " claimed, "
                        + reconciled.agreed() + " agreed");
        return id;
    }

    /**
     * Invoices uploaded together, received in one transaction: when one is refused, none is received, and the refusal
     * names the row it started on.
     */
    @Transactional
    public int submitAll(
            CurrentUser user, List<uk.placementbroker.finance.reconciliation.InvoiceCsv.Read> read, LocalDate today) {
        java.util.Map<String, Placements.Invoiceable> byReference = new java.util.HashMap<>();
        invoiceable(user, today).forEach(placement -> byReference.put(placement.invoicingReference(), placement));
        for (uk.placementbroker.finance.reconciliation.InvoiceCsv.Read each : read) {
            Placements.Invoiceable placement = byReference.get(each.placementReference());
            if (placement == null) {
                throw new Refused(
                        "Row " + each.firstRow() + ", column placement_reference: " + each.placementReference()
                                + " is not a placement you may invoice; no invoice in the file is received");
            }
            try {
                submit(user, placement.placementId(), each.invoice(), today);
            } catch (MovedOn | Refused refused) {
                throw new Refused("Row " + each.firstRow() + ": " + refused.getMessage()
                        + "; no invoice in the file is received");
            }
        }
        return read.size();
    }

    /** The invoice, to the council's finance officers and the provider that sent it; nobody else. */
    public InvoiceRecord open(CurrentUser user, long id) {
        InvoiceRecord invoice = store.find(id).orElseThrow(() -> new NotFound("Invoice"));
        boolean council = isFinanceOfficer(user) && user.localAuthorityId().equals(invoice.localAuthorityId());
        boolean provider = user.hasRole(Role.PROVIDER_USER)
                && user.providerOrganisationId() != null
                && user.providerOrganisationId().equals(invoice.providerOrganisationId());
        if (!council && !provider) {
            throw new NotFound("Invoice");
        }
        return invoice;
    }

    public List<InvoiceRecord> ofProvider(CurrentUser user) {
        return user.providerOrganisationId() == null
                ? List.of()
                : store.ofOrganisation(user.providerOrganisationId(), LIST_LIMIT);
    }

    public List<InvoiceRecord> queue(CurrentUser user, InvoiceRecord.State state) {
        requireFinanceOfficer(user);
        return store.inState(user.localAuthorityId(), state, LIST_LIMIT);
    }

    public Map<InvoiceRecord.State, Long> counts(CurrentUser user) {
        requireFinanceOfficer(user);
        return store.counts(user.localAuthorityId());
    }

    /** Approves what reconciliation agreed (or less, where the provider claims less). */
    @Transactional
    public void approveReconciled(CurrentUser user, long id) {
        InvoiceRecord invoice = toCheck(user, id);
        Money amount = invoice.claimed().compareTo(invoice.agreed()) < 0 ? invoice.claimed() : invoice.agreed();
        if (!store.approve(
                id, InvoiceRecord.State.TO_CHECK, InvoiceRecord.State.APPROVED, amount, user.username(), null)) {
            throw new MovedOn("This invoice has just moved on: the page shows where it is");
        }
        audit(invoice, "approved " + amount + ", as reconciled");
    }

    /** Approves what the provider claims, with the reason; above the threshold over the reconciled, a second approver. */
    @Transactional
    public void approveInvoiced(CurrentUser user, long id, String reason) {
        InvoiceRecord invoice = toCheck(user, id);
        if (reason == null || reason.isBlank()) {
            throw new Refused("Say why the invoiced amount is paid rather than the reconciled one");
        }
        boolean second = invoice.claimed().minus(invoice.agreed()).compareTo(secondApproverAbove) > 0;
        InvoiceRecord.State to = second ? InvoiceRecord.State.SECOND_APPROVAL : InvoiceRecord.State.APPROVED;
        if (!store.approve(id, InvoiceRecord.State.TO_CHECK, to, invoice.claimed(), user.username(), reason.strip())) {
            throw new MovedOn("This invoice has just moved on: the page shows where it is");
        }
        audit(invoice, "approved " + invoice.claimed() + " as invoiced" + (second ? ", for a second approver" : ""));
    }

    @Transactional
    public void secondApprove(CurrentUser user, long id) {
        InvoiceRecord invoice = open(user, id);
        requireFinanceOfficer(user);
        if (invoice.state() != InvoiceRecord.State.SECOND_APPROVAL) {
            throw new MovedOn("This invoice is not waiting for a second approver: "
                    + invoice.state().words().toLowerCase());
        }
        if (user.username().equals(invoice.approvedBy())) {
            throw new Refused("You approved this invoice first, so another finance officer approves it second");
        }
        if (!store.secondApprove(id, user.username())) {
            throw new MovedOn("This invoice has just moved on: the page shows where it is");
        }
        audit(invoice, "second approval");
    }

    @Transactional
    public void query(CurrentUser user, long id, String question) {
        InvoiceRecord invoice = toCheck(user, id);
        if (!store.query(id, user.username(), question.strip())) {
            throw new MovedOn("This invoice has just moved on: the page shows where it is");
        }
        audit(invoice, "queried with the provider");
    }

    /** The provider answers a query, with a credit note where it owes one. */
    @Transactional
    public void answer(CurrentUser user, long id, String answer, Money credit) {
        InvoiceRecord invoice = open(user, id);
        if (!user.hasRole(Role.PROVIDER_USER)) {
            throw new Refused("The provider that sent the invoice answers the query");
        }
        if (credit.isNegative() || credit.compareTo(invoice.claimed()) > 0) {
            throw new Refused("A credit note cannot be more than the invoice claims, " + invoice.claimed());
        }
        if (!store.answer(id, answer.strip(), credit)) {
            throw new MovedOn("This invoice is not waiting for your answer: the page shows where it is");
        }
        audit(invoice, "answered" + (credit.pence() > 0 ? ", with a credit note of " + credit : ""));
    }

    @Transactional
    public void reject(CurrentUser user, long id, String why) {
        InvoiceRecord invoice = open(user, id);
        requireFinanceOfficer(user);
        if (!store.reject(id, user.username(), why.strip())) {
            throw new MovedOn("This invoice has been decided already: "
                    + invoice.state().words().toLowerCase());
        }
        audit(invoice, "rejected");
    }

    /** A batch of every approved invoice of the council not exported yet, as CSV for the council's finance system. */
    @Transactional
    public long export(CurrentUser user) {
        requireFinanceOfficer(user);
        long batch = store.newBatch(user.localAuthorityId(), user.username());
        List<InvoiceStore.Exported> exported = store.exportApproved(user.localAuthorityId(), batch);
        if (exported.isEmpty()) {
            store.dropBatch(batch);
            throw new MovedOn("No approved invoice is waiting to be exported");
        }
        StringBuilder csv = new StringBuilder();
        long gross = 0;
        try (CSVPrinter printer = new CSVPrinter(
                csv,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(
                                "payee",
                                "supplier_reference",
                                "invoice_number",
                                "cost_centre",
                                "net",
                                "vat",
                                "gross",
                                "period_from",
                                "period_to",
                                "placement_reference")
                        .get())) {
            for (InvoiceStore.Exported row : exported) {
                Placements.Invoiceable placement =
                        placements.invoiceable(row.placementId()).orElseThrow();
                gross += row.approvedPence();
                printer.printRecord(
                        placement.providerName(),
                        "PB-PROVIDER-" + row.providerId(),
                        row.number(),
                        costCentre,
                        new Money(row.approvedPence() - row.vatPence()).pounds().toPlainString(),
                        new Money(row.vatPence()).pounds().toPlainString(),
                        new Money(row.approvedPence()).pounds().toPlainString(),
                        DAY.format(row.periodFrom()),
                        DAY.format(row.periodTo()),
                        placement.invoicingReference());
            }
        } catch (java.io.IOException cannotHappen) {
            throw new java.io.UncheckedIOException(cannotHappen);
        }
        store.completeBatch(batch, exported.size(), gross, csv.toString());
        auditLog.recordAbout(
                user.localAuthorityId(),
                AuditAction.EXPORTED,
                "payment batch",
                batch,
                exported.size() + " invoices, " + new Money(gross));
        return batch;
    }

    public List<InvoiceStore.Batch> batches(CurrentUser user) {
        requireFinanceOfficer(user);
        return store.batches(user.localAuthorityId());
    }

    public String batchCsv(CurrentUser user, long batchId) {
        requireFinanceOfficer(user);
        String csv = store.batchCsv(user.localAuthorityId(), batchId).orElseThrow(() -> new NotFound("Batch"));
        auditLog.recordAbout(user.localAuthorityId(), AuditAction.EXPORTED, "payment batch", batchId, "downloaded");
        return csv;
    }

    public static boolean isFinanceOfficer(CurrentUser user) {
        return user.localAuthorityId() != null && user.hasRole(Role.FINANCE_OFFICER);
    }

    private InvoiceRecord toCheck(CurrentUser user, long id) {
        InvoiceRecord invoice = open(user, id);
        requireFinanceOfficer(user);
        if (invoice.state() != InvoiceRecord.State.TO_CHECK) {
            throw new MovedOn("This invoice is not waiting to be checked: "
                    + invoice.state().words().toLowerCase());
        }
        return invoice;
    }

    private void audit(InvoiceRecord invoice, String what) {
        auditLog.recordAbout(
                invoice.localAuthorityId(),
                AuditAction.UPDATED,
                "invoice",
                invoice.id(),
                invoice.number() + ": " + what);
    }

    private static void requireFinanceOfficer(CurrentUser user) {
        if (!isFinanceOfficer(user)) {
            throw new NotFound("Page");
        }
    }
}
