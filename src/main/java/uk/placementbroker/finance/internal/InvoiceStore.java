package uk.placementbroker.finance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import uk.placementbroker.finance.InvoiceRecord;
import uk.placementbroker.finance.reconciliation.Agreed;
import uk.placementbroker.finance.reconciliation.Flag;
import uk.placementbroker.finance.reconciliation.Invoice;
import uk.placementbroker.finance.reconciliation.Reconciled;
import uk.placementbroker.placement.PriceItem;
import uk.placementbroker.shared.Money;

/** The finance tables. Each step names the state it moves from: a stale or repeated step changes nothing. */
@Component
public class InvoiceStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SELECT = """
            select id, local_authority_id, placement_id, provider_id, provider_organisation_id, number, period_from, period_to, total_pence, agreed_pence,
                   over_claimed_pence, flags, state, submitted_by, submitted_at, approved_pence, approved_by, approved_at,
                   approval_reason, second_approved_by, query, queried_by, queried_at, answer, credit_pence, answered_at,
                   rejection, rejected_by, batch_id
            from finance_invoice
            """;

    private final JdbcClient jdbc;

    InvoiceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Where the placement is, for the invoice: who it is for, and the child's record number for the same-days check. */
    public record Placed(
            long localAuthorityId, long placementId, long providerId, Long providerOrganisationId, long childId) {}

    /** @return the invoice's id, or empty when the provider has sent an invoice with this number already */
    public Optional<Long> insert(Placed placed, Invoice invoice, Reconciled reconciled, String by) {
        long id;
        try {
            id = jdbc.sql("""
                    insert into finance_invoice (local_authority_id, placement_id, provider_id, provider_organisation_id, child_id, number,
                        period_from, period_to, total_pence, agreed_pence, over_claimed_pence, flags, state, submitted_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'TO_CHECK', ?) returning id
                    """)
                    .params(
                            placed.localAuthorityId(),
                            placed.placementId(),
                            placed.providerId(),
                            placed.providerOrganisationId(),
                            placed.childId(),
                            invoice.number(),
                            invoice.from(),
                            invoice.to(),
                            invoice.total().pence(),
                            reconciled.agreed().pence(),
                            reconciled.overClaimed().pence(),
                            reconciled.flags().stream().map(Enum::name).toArray(String[]::new),
                            by)
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException sentBefore) {
            return Optional.empty();
        }
        int number = 0;
        for (Reconciled.Line line : reconciled.lines()) {
            Invoice.Line claimed = line.claimed();
            jdbc.sql("""
                    insert into finance_invoice_line (invoice_id, line_number, item, description, days, daily_rate_pence, net_pence,
                        vat_pence, agreed_pence, agreed_vat_pence, outcome, difference_pence, reasons)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                    """)
                    .params(
                            id,
                            ++number,
                            claimed.item() == null ? null : claimed.item().name(),
                            claimed.description(),
                            claimed.days(),
                            claimed.dailyRate() == null
                                    ? null
                                    : claimed.dailyRate().pence(),
                            claimed.net().pence(),
                            claimed.vat().pence(),
                            line.agreed().pence(),
                            line.agreedVat().pence(),
                            line.outcome().name(),
                            line.difference().pence(),
                            JSON.writeValueAsString(line.reasons()))
                    .update();
        }
        return Optional.of(id);
    }

    /** The days each item of the placement was invoiced on its invoices not rejected, and their one-off costs agreed. */
    public record History(List<Agreed.Invoiced> invoiced, Money oneOffsInvoiced) {}

    public History historyOf(long placementId) {
        List<Agreed.Invoiced> invoiced = jdbc.sql("""
                select i.number, l.item, i.period_from, i.period_to from finance_invoice i
                join finance_invoice_line l on l.invoice_id = i.id
                where i.placement_id = ? and i.state <> 'REJECTED' and l.item is not null
                """)
                .param(placementId)
                .query((row, n) -> new Agreed.Invoiced(
                        row.getString(1),
                        PriceItem.valueOf(row.getString(2)),
                        new Agreed.Days(row.getObject(3, LocalDate.class), row.getObject(4, LocalDate.class))))
                .list();
        long oneOffs = jdbc.sql("""
                select coalesce(sum(l.agreed_pence), 0) from finance_invoice i join finance_invoice_line l on l.invoice_id = i.id
                where i.placement_id = ? and i.state <> 'REJECTED' and l.item is null
                """).param(placementId).query(Long.class).single();
        return new History(invoiced, new Money(oneOffs));
    }

    /** The days other providers have invoiced for the same child of the council, on invoices not rejected. */
    public List<Agreed.Days> otherProvidersDays(long localAuthorityId, long childId, long providerId) {
        return jdbc.sql("""
                select period_from, period_to from finance_invoice
                where local_authority_id = ? and child_id = ? and provider_id <> ? and state <> 'REJECTED'
                """)
                .params(localAuthorityId, childId, providerId)
                .query((row, n) ->
                        new Agreed.Days(row.getObject(1, LocalDate.class), row.getObject(2, LocalDate.class)))
                .list();
    }

    /** Per placement of the council, what its approved invoices claimed above what was approved. */
    public Map<Long, Money> overClaimsStopped(long localAuthorityId) {
        Map<Long, Money> stopped = new java.util.HashMap<>();
        jdbc.sql("""
                select placement_id, sum(greatest(total_pence - approved_pence, 0)) from finance_invoice
                where local_authority_id = ? and state in ('APPROVED', 'EXPORTED') group by placement_id
                """)
                .param(localAuthorityId)
                .query((row, n) -> stopped.put(row.getLong(1), new Money(row.getLong(2))))
                .list();
        return stopped;
    }

    public Optional<InvoiceRecord> find(long id) {
        return jdbc.sql(SELECT + " where id = ?")
                .param(id)
                .query(InvoiceStore::invoice)
                .optional()
                .map(this::withLines);
    }

    /** The council's invoices in the state, the oldest first (without their lines). */
    public List<InvoiceRecord> inState(long localAuthorityId, InvoiceRecord.State state, int limit) {
        return jdbc.sql(SELECT + " where local_authority_id = ? and state = ? order by submitted_at, id limit ?")
                .params(localAuthorityId, state.name(), limit)
                .query(InvoiceStore::invoice)
                .list();
    }

    public Map<InvoiceRecord.State, Long> counts(long localAuthorityId) {
        Map<InvoiceRecord.State, Long> counts = new LinkedHashMap<>();
        for (InvoiceRecord.State state : InvoiceRecord.State.values()) {
            counts.put(state, 0L);
        }
        jdbc.sql("select state, count(*) from finance_invoice where local_authority_id = ? group by state")
                .param(localAuthorityId)
                .query((row, n) -> counts.put(InvoiceRecord.State.valueOf(row.getString(1)), row.getLong(2)))
                .list();
        return counts;
    }

    /** The provider organisation's invoices, the latest first (without their lines). */
    public List<InvoiceRecord> ofOrganisation(long providerOrganisationId, int limit) {
        return jdbc.sql(SELECT + " where provider_organisation_id = ? order by submitted_at desc, id desc limit ?")
                .params(providerOrganisationId, limit)
                .query(InvoiceStore::invoice)
                .list();
    }

    public boolean approve(
            long id, InvoiceRecord.State from, InvoiceRecord.State to, Money amount, String by, String reason) {
        return jdbc.sql("""
                update finance_invoice set state = ?, approved_pence = ?, approved_by = ?, approved_at = now(), approval_reason = ?
                where id = ? and state = ?
                """)
                        .params(to.name(), amount.pence(), by, reason, id, from.name())
                        .update()
                == 1;
    }

    public boolean secondApprove(long id, String by) {
        return jdbc.sql("""
                update finance_invoice set state = 'APPROVED', second_approved_by = ?
                where id = ? and state = 'SECOND_APPROVAL' and approved_by <> ?
                """).params(by, id, by).update() == 1;
    }

    public boolean query(long id, String by, String question) {
        return jdbc.sql("""
                update finance_invoice set state = 'QUERIED', query = ?, queried_by = ?, queried_at = now(), answer = null, answered_at = null
                where id = ? and state = 'TO_CHECK'
                """).params(question, by, id).update() == 1;
    }

    public boolean answer(long id, String answer, Money credit) {
        return jdbc.sql("""
                update finance_invoice set state = 'TO_CHECK', answer = ?, credit_pence = credit_pence + ?, answered_at = now()
                where id = ? and state = 'QUERIED'
                """).params(answer, credit.pence(), id).update() == 1;
    }

    public boolean reject(long id, String by, String why) {
        return jdbc.sql("""
                update finance_invoice set state = 'REJECTED', rejection = ?, rejected_by = ?, rejected_at = now()
                where id = ? and state in ('TO_CHECK', 'QUERIED', 'SECOND_APPROVAL')
                """).params(why, by, id).update() == 1;
    }

    /** A row of a payment export. */
    public record Exported(
            long id,
            String number,
            long providerId,
            long placementId,
            LocalDate periodFrom,
            LocalDate periodTo,
            long approvedPence,
            long vatPence) {}

    /**
     * Marks every approved invoice of the council as in a new batch, in one statement: two officers exporting at once
     * each get their own invoices, as the second's update skips rows the first has moved on.
     */
    public List<Exported> exportApproved(long localAuthorityId, long batchId) {
        return jdbc.sql("""
                update finance_invoice i set state = 'EXPORTED', batch_id = ?
                where i.local_authority_id = ? and i.state = 'APPROVED'
                returning i.id, i.number, i.provider_id, i.placement_id, i.period_from, i.period_to, i.approved_pence,
                          (select case when i.approved_pence = i.agreed_pence
                                       then coalesce(sum(l.agreed_vat_pence), 0) else coalesce(sum(l.vat_pence), 0) end
                           from finance_invoice_line l where l.invoice_id = i.id) as vat_pence
                """)
                .params(batchId, localAuthorityId)
                .query(Exported.class)
                .list();
    }

    public long newBatch(long localAuthorityId, String by) {
        return jdbc.sql(
                        "insert into finance_export_batch (local_authority_id, made_by, invoices, gross_pence, csv) values (?, ?, 0, 0, '') returning id")
                .params(localAuthorityId, by)
                .query(Long.class)
                .single();
    }

    public void completeBatch(long batchId, int invoices, long grossPence, String csv) {
        jdbc.sql("update finance_export_batch set invoices = ?, gross_pence = ?, csv = ? where id = ?")
                .params(invoices, grossPence, csv, batchId)
                .update();
    }

    public void dropBatch(long batchId) {
        jdbc.sql("delete from finance_export_batch where id = ?").param(batchId).update();
    }

    /** A batch made, for the list and the download. */
    public record Batch(long id, long localAuthorityId, String madeBy, Instant madeAt, int invoices, long grossPence) {

        public Money gross() {
            return new Money(grossPence);
        }
    }

    public List<Batch> batches(long localAuthorityId) {
        return jdbc.sql("""
                select id, local_authority_id, made_by, made_at, invoices, gross_pence from finance_export_batch
                where local_authority_id = ? order by id desc
                """).param(localAuthorityId).query(Batch.class).list();
    }

    public Optional<String> batchCsv(long localAuthorityId, long batchId) {
        return jdbc.sql("select csv from finance_export_batch where id = ? and local_authority_id = ?")
                .params(batchId, localAuthorityId)
                .query(String.class)
                .optional();
    }

    private InvoiceRecord withLines(InvoiceRecord invoice) {
        List<Reconciled.Line> lines = jdbc.sql("""
                select item, description, days, daily_rate_pence, net_pence, vat_pence, agreed_pence, agreed_vat_pence, outcome,
                       difference_pence,
                       reasons::text as reasons
                from finance_invoice_line where invoice_id = ? order by line_number
                """)
                .param(invoice.id())
                .query((row, n) -> new Reconciled.Line(
                        new Invoice.Line(
                                row.getString("item") == null ? null : PriceItem.valueOf(row.getString("item")),
                                row.getString("description"),
                                row.getInt("days"),
                                row.getObject("daily_rate_pence") == null
                                        ? null
                                        : new Money(row.getLong("daily_rate_pence")),
                                new Money(row.getLong("net_pence")),
                                new Money(row.getLong("vat_pence"))),
                        new Money(row.getLong("agreed_pence")),
                        new Money(row.getLong("agreed_vat_pence")),
                        Reconciled.Outcome.valueOf(row.getString("outcome")),
                        new Money(row.getLong("difference_pence")),
                        JSON.readValue(row.getString("reasons"), new TypeReference<List<String>>() {})))
                .list();
        return invoice.withLines(lines);
    }

    private static InvoiceRecord invoice(ResultSet row, int number) throws SQLException {
        return new InvoiceRecord(
                row.getLong("id"),
                row.getLong("local_authority_id"),
                row.getLong("placement_id"),
                row.getLong("provider_id"),
                row.getObject("provider_organisation_id", Long.class),
                row.getString("number"),
                row.getObject("period_from", LocalDate.class),
                row.getObject("period_to", LocalDate.class),
                new Money(row.getLong("total_pence")),
                new Money(row.getLong("agreed_pence")),
                new Money(row.getLong("over_claimed_pence")),
                Arrays.stream((String[]) row.getArray("flags").getArray())
                        .map(Flag::valueOf)
                        .toList(),
                InvoiceRecord.State.valueOf(row.getString("state")),
                row.getString("submitted_by"),
                instant(row, "submitted_at"),
                row.getObject("approved_pence") == null ? null : new Money(row.getLong("approved_pence")),
                row.getString("approved_by"),
                instant(row, "approved_at"),
                row.getString("approval_reason"),
                row.getString("second_approved_by"),
                row.getString("query"),
                row.getString("queried_by"),
                instant(row, "queried_at"),
                row.getString("answer"),
                new Money(row.getLong("credit_pence")),
                instant(row, "answered_at"),
                row.getString("rejection"),
                row.getString("rejected_by"),
                row.getObject("batch_id", Long.class),
                List.of());
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        java.sql.Timestamp at = row.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
