package uk.placementbroker.finance;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.placementbroker.brokerage.Answers;
import uk.placementbroker.brokerage.Decisions;
import uk.placementbroker.brokerage.Rounds;
import uk.placementbroker.finance.reconciliation.Invoice;
import uk.placementbroker.identity.Role;
import uk.placementbroker.market.MarketRecords;
import uk.placementbroker.placement.PriceItem;
import uk.placementbroker.referral.Referrals;
import uk.placementbroker.shared.Money;
import uk.placementbroker.shared.MovedOn;
import uk.placementbroker.support.DemoAccounts;
import uk.placementbroker.support.IntegrationTest;
import uk.placementbroker.support.PlacementFixtures;
import uk.placementbroker.support.ReferralFixtures;
import uk.placementbroker.support.TestMailServer;
import uk.placementbroker.support.WebSession;

/**
 * An invoice from the placed provider, reconciled as it arrives, queried, answered with a credit, approved and
 * exported once; nobody else sees it.
 */
@IntegrationTest
class InvoicesIntegrationTests {

    @RegisterExtension
    static final GreenMailExtension smtp = TestMailServer.perTest();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Referrals referrals;

    @Autowired
    Rounds rounds;

    @Autowired
    Answers answers;

    @Autowired
    Decisions decisions;

    @Autowired
    MarketRecords market;

    @Autowired
    Invoices invoices;

    private final List<Long> referralsOfThisTest = new ArrayList<>();
    private PlacementFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new PlacementFixtures(jdbc, referrals, rounds, answers, decisions, market);
    }

    @AfterEach
    void quiet() {
        fixtures.quietMailsOf(referralsOfThisTest);
    }

    @Test
    void anOverClaimIsFlaggedQueriedCreditedApprovedAndExportedOnceAndTheProviderSeesWhereItWasPaid() {
        long placement = startedFortyDaysAgo();
        LocalDate from = LocalDate.now().minusDays(40);
        WebSession provider = signedIn("provider.oakfield");
        assertThat(provider.get("/portal/invoices/new").body()).contains("PB-", "Send the invoice");
        Map<String, String> invoice = invoice(placement, "OF-" + System.nanoTime(), from, from.plusDays(27));
        invoice.put("daysACCOMMODATION_AND_CARE", "28");
        invoice.put("rateACCOMMODATION_AND_CARE", "135");
        invoice.put("amountACCOMMODATION_AND_CARE", "3780");
        invoice.put("daysONE_TO_ONE", "28");
        invoice.put("rateONE_TO_ONE", "17.14");
        invoice.put("amountONE_TO_ONE", "479.92");
        invoice.put("daysTRANSPORT", "28");
        invoice.put("rateTRANSPORT", "5");
        invoice.put("amountTRANSPORT", "140");
        var sent = provider.post("/portal/invoices", invoice);
        assertThat(sent.statusCode()).isEqualTo(302);
        long id = Long.parseLong(
                sent.headers().firstValue("Location").orElseThrow().replaceAll(".*/", ""));

        assertThat(provider.post("/portal/invoices", invoice).body())
                .as("the same number again")
                .contains("has been sent already");

        WebSession finance = signedIn("finance.northbridge");
        assertThat(finance.get("/finance/invoices").body())
                .contains("/finance/invoices/" + id, "A rate above the contract");
        String page = finance.get("/finance/invoices/" + id).body();
        assertThat(page)
                .contains("Over-claimed by £180.04", "The daily rate £135 is above the contract", "£128.57")
                .contains("Transport is not agreed in the contract for any day of the period")
                .contains("An extra the contract does not agree");
        assertThat(jdbc.sql("select agreed_pence, over_claimed_pence from finance_invoice where id = ?")
                        .param(id)
                        .query((row, n) -> row.getLong(1) + "/" + row.getLong(2))
                        .single())
                .as("28 days at £128.57 and at £17.14; the overs £180.04 and £140")
                .isEqualTo((28 * 12_857 + 28 * 1_714) + "/" + (18_004 + 14_000));

        assertThat(finance.post(
                                "/finance/invoices/" + id + "/query",
                                Map.of(
                                        "question",
                                        "The fee is £900 a week and transport is not agreed: please credit £320.04"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(provider.get("/portal/invoices").body()).contains("Queried: answer it");
        provider.get("/portal/invoices/" + id);
        assertThat(provider.post(
                                "/portal/invoices/" + id + "/answer",
                                Map.of("answer", "Agreed, our mistake", "credit", "320.04"))
                        .statusCode())
                .isEqualTo(302);

        finance.get("/finance/invoices/" + id);
        assertThat(finance.post("/finance/invoices/" + id + "/approve", Map.of("amount", "reconciled"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(jdbc.sql("select approved_pence from finance_invoice where id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(28L * 12_857 + 28 * 1_714);
        finance.get("/finance/invoices/" + id);
        assertThat(finance.post("/finance/invoices/" + id + "/approve", Map.of("amount", "reconciled"))
                        .body())
                .as("approved twice")
                .contains("not waiting to be checked");

        finance.get("/finance/invoices");
        assertThat(finance.post("/finance/exports", Map.of()).statusCode()).isEqualTo(302);
        long batch = jdbc.sql("select batch_id from finance_invoice where id = ?")
                .param(id)
                .query(Long.class)
                .single();
        String csv = finance.get("/finance/exports/" + batch + ".csv").body();
        assertThat(csv)
                .startsWith(
                        "payee,supplier_reference,invoice_number,cost_centre,net,vat,gross,period_from,period_to,placement_reference")
                .contains(invoice.get("number"), "Oakfield Fostering", "4079.88", "PB-");
        finance.get("/finance/invoices");
        finance.post("/finance/exports", Map.of());
        assertThat(jdbc.sql("select count(distinct batch_id) from finance_invoice where id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(provider.get("/portal/invoices").body()).contains("Paid in batch " + batch);

        for (String outsider : List.of("finance.eastmoor", "provider.harbour", "sw.northbridge")) {
            WebSession other = signedIn(outsider);
            assertThat(other.get("/finance/invoices/" + id).statusCode())
                    .as(outsider)
                    .isEqualTo(404);
            assertThat(other.get("/portal/invoices/" + id).statusCode())
                    .as(outsider)
                    .isEqualTo(404);
        }
        assertThat(signedIn("sw.northbridge").get("/finance/invoices").statusCode())
                .isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from identity_audit_event where record_type = 'invoice' and record_id = ?")
                        .param(String.valueOf(id))
                        .query(Long.class)
                        .single())
                .as("sent, queried, answered, approved")
                .isGreaterThanOrEqualTo(4);
    }

    @Test
    void twoOfficersExportingAtOnceEachGetTheirOwnInvoicesAndNoInvoiceIsInTwoBatches() throws Exception {
        long placement = startedFortyDaysAgo();
        var provider = ReferralFixtures.providerUser(jdbc, "Oakfield Fostering");
        var officer = ReferralFixtures.staffOf(jdbc, "991", "finance.northbridge", Role.FINANCE_OFFICER);
        LocalDate from = LocalDate.now().minusDays(40);
        for (int i = 0; i < 5; i++) {
            long id = invoices.submit(
                    provider,
                    placement,
                    Invoice.of(
                            "OF-T" + System.nanoTime(),
                            from.plusDays(i),
                            from.plusDays(i),
                            List.of(Invoice.Line.days(PriceItem.ACCOMMODATION_AND_CARE, 1, new Money(12_857)))),
                    LocalDate.now());
            invoices.approveReconciled(officer, id);
        }
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Callable<Long>> exports = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            exports.add(() -> {
                try {
                    return invoices.export(officer);
                } catch (MovedOn nothingLeft) {
                    return null;
                }
            });
        }
        List<Long> batches = new ArrayList<>();
        for (Future<Long> export : threads.invokeAll(exports)) {
            if (export.get() != null) {
                batches.add(export.get());
            }
        }
        threads.shutdown();
        assertThat(batches).isNotEmpty();
        assertThat(jdbc.sql("""
                        select count(*) from finance_invoice where placement_id = ? and (state <> 'EXPORTED' or batch_id is null)
                        """).param(placement).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select coalesce(sum(invoices), 0) from finance_export_batch where id in (:batches)")
                        .param("batches", batches)
                        .query(Long.class)
                        .single())
                .as("each invoice counted in one batch")
                .isGreaterThanOrEqualTo(5L);
    }

    @Test
    void aFileOfInvoicesIsReceivedWholeOrNotAtAll() throws Exception {
        long placement = startedFortyDaysAgo();
        String reference = jdbc.sql(
                        "select 'PB-' || local_authority_id || '-' || id from placement_placement where id = ?")
                .param(placement)
                .query(String.class)
                .single();
        LocalDate from = LocalDate.now().minusDays(40);
        String header = String.join(",", uk.placementbroker.finance.reconciliation.InvoiceCsv.COLUMNS) + "\n";
        String good = "U-" + System.nanoTime();
        java.nio.file.Path file = java.nio.file.Files.createTempFile("invoices", ".csv");
        java.nio.file.Files.writeString(
                file,
                header
                        + good + "," + reference + "," + from + "," + from.plusDays(6)
                        + ",ACCOMMODATION_AND_CARE,,7,128.57,899.99,\n"
                        + good + "B," + "PB-999-999," + from + "," + from.plusDays(6)
                        + ",ACCOMMODATION_AND_CARE,,7,128.57,899.99,\n");
        WebSession provider = signedIn("provider.oakfield");
        provider.get("/portal/invoices/upload");
        String refused = provider.postFiles("/portal/invoices/upload", Map.of(), "file", List.of(file))
                .body();
        assertThat(refused)
                .contains(
                        "There is a problem",
                        "Row 3, column placement_reference: PB-999-999 is not a placement you may invoice");
        assertThat(jdbc.sql("select count(*) from finance_invoice where number like ?")
                        .param(good + "%")
                        .query(Long.class)
                        .single())
                .as("nothing half-saved")
                .isZero();

        java.nio.file.Files.writeString(
                file,
                header
                        + good + "," + reference + "," + from + "," + from.plusDays(6)
                        + ",ACCOMMODATION_AND_CARE,,7,128.57,899.99,\n"
                        + good + "," + reference + "," + from + "," + from.plusDays(6)
                        + ",ONE_TO_ONE,,7,17.14,119.98,\n"
                        + good + "B," + reference + "," + from.plusDays(7) + "," + from.plusDays(13)
                        + ",ACCOMMODATION_AND_CARE,,7,128.57,899.99,\n");
        provider.get("/portal/invoices/upload");
        var received = provider.postFiles("/portal/invoices/upload", Map.of(), "file", List.of(file));
        assertThat(received.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from finance_invoice where number like ? and flags = '{}'")
                        .param(good + "%")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        java.nio.file.Files.deleteIfExists(file);
    }

    @Test
    void payingTheInvoicedAmountFarAboveTheReconciledNeedsASecondApproverNeverTheFirst() {
        long placement = startedFortyDaysAgo();
        var provider = ReferralFixtures.providerUser(jdbc, "Oakfield Fostering");
        var first = ReferralFixtures.staffOf(jdbc, "991", "finance.northbridge", Role.FINANCE_OFFICER);
        var second = ReferralFixtures.staffOf(jdbc, "991", "finance.deputy", Role.FINANCE_OFFICER);
        LocalDate from = LocalDate.now().minusDays(40);
        long id = invoices.submit(
                provider,
                placement,
                Invoice.of(
                        "OF-S" + System.nanoTime(),
                        from,
                        from.plusDays(27),
                        List.of(Invoice.Line.days(PriceItem.ACCOMMODATION_AND_CARE, 28, new Money(15_000)))),
                LocalDate.now());

        invoices.approveInvoiced(first, id, "Agreed by phone: an emergency weekend rate");
        assertThat(invoices.open(first, id).state()).isEqualTo(InvoiceRecord.State.SECOND_APPROVAL);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> invoices.secondApprove(first, id))
                .hasMessageContaining("another finance officer approves it second");
        invoices.secondApprove(second, id);
        InvoiceRecord approved = invoices.open(first, id);
        assertThat(approved.state()).isEqualTo(InvoiceRecord.State.APPROVED);
        assertThat(approved.approved()).isEqualTo(new Money(28 * 15_000));
        assertThat(approved.secondApprovedBy()).isEqualTo("finance.deputy");
    }

    private static Map<String, String> invoice(long placement, String number, LocalDate from, LocalDate to) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("placement", String.valueOf(placement));
        form.put("number", number);
        form.put("fromDay", String.valueOf(from.getDayOfMonth()));
        form.put("fromMonth", String.valueOf(from.getMonthValue()));
        form.put("fromYear", String.valueOf(from.getYear()));
        form.put("toDay", String.valueOf(to.getDayOfMonth()));
        form.put("toMonth", String.valueOf(to.getMonthValue()));
        form.put("toYear", String.valueOf(to.getYear()));
        return form;
    }

    private long startedFortyDaysAgo() {
        long referral = fixtures.placedInNorthbridge();
        referralsOfThisTest.add(referral);
        long id = jdbc.sql("select id from placement_placement where referral_id = ?")
                .param(referral)
                .query(Long.class)
                .single();
        fixtures.startedDaysAgo(id, 40);
        return id;
    }

    private WebSession signedIn(String username) {
        WebSession session = new WebSession(port);
        session.signIn(username, DemoAccounts.PASSWORD);
        session.get("/");
        return session;
    }
}
