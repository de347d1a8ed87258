package uk.placementbroker.brokerage;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import uk.placementbroker.market.MarketRecords;
import uk.placementbroker.notification.sending.OutboxDispatcher;
import uk.placementbroker.support.DemoAccounts;
import uk.placementbroker.support.HoldingSmtpProxy;
import uk.placementbroker.support.IntegrationTest;
import uk.placementbroker.support.ReferralFixtures;
import uk.placementbroker.support.SecondInstance;
import uk.placementbroker.support.TestMailServer;
import uk.placementbroker.support.WebSession;

/**
 * A referral broadcast to 50 providers through a real SMTP server: every provider gets it once, with
 * nothing that identifies the child, even when the mail server is down at first or the sending stops
 * part-way and starts again.
 */
@IntegrationTest
class BroadcastIntegrationTests {

    static final int PROVIDERS = 50;

    @RegisterExtension
    static final GreenMailExtension smtp = TestMailServer.perTest();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MarketRecords market;

    @Autowired
    OutboxDispatcher dispatcher;

    private long lot;

    @BeforeEach
    void fiftyProvidersOnTheFramework() {
        // No pass of the dispatcher from an earlier test may still be sending while the tables are emptied.
        dispatcher.stop();
        // Only this test's mail may reach the mail server: earlier tests' rounds, still queued for want of one, go.
        for (String table : List.of(
                "brokerage_shortlist",
                "brokerage_choice",
                "finance_invoice_line",
                "finance_invoice",
                "finance_export_batch",
                "placement_variation",
                "placement_contract_query",
                "placement_contract_version",
                "placement_review_outcome",
                "placement_review",
                "placement_matter",
                "placement_ending",
                "placement_placement",
                "brokerage_answer",
                "brokerage_round",
                "notification_outbox")) {
            jdbc.sql("delete from " + table).update();
        }
        dispatcher.start();
        lot = jdbc.sql("select l.id from market_lot l where l.name = 'Fostering: enhanced'")
                .query(Long.class)
                .single();
        long existing = jdbc.sql("select count(*) from market_provider where name like 'Broadcast provider %'")
                .query(Long.class)
                .single();
        for (int i = (int) existing; i < PROVIDERS; i++) {
            long provider = market.addProvider(new MarketRecords.NewProvider(
                    "Broadcast provider " + i,
                    MarketRecords.ProviderKind.INDEPENDENT_FOSTERING_AGENCY,
                    null,
                    null,
                    null,
                    2,
                    null,
                    null,
                    "referrals@provider-" + i + ".example"));
            market.addToLot(lot, provider, BigDecimal.valueOf(800), BigDecimal.valueOf(950));
        }
    }

    /** Every mail of the tests that follow goes through the same outbox. */
    @AfterEach
    void dispatcherRunningAgain() {
        if (!dispatcher.isRunning()) {
            dispatcher.start();
        }
    }

    @Test
    void everyProviderGetsTheReferralOnceWithNothingThatIdentifiesTheChild() throws Exception {
        Child child = child();
        long referral = readyToSearch(child.id());

        openFrameworkRound(referral);
        MimeMessage[] mails = waitForMails(expectedRecipients(), Duration.ofSeconds(20));

        assertEachFrameworkProviderGotOne(mails);
        for (MimeMessage mail : mails) {
            String text = mail.getSubject() + "\n" + GreenMailUtil.getBody(mail);
            assertThat(text)
                    .doesNotContainIgnoringCase(child.firstName())
                    .doesNotContainIgnoringCase(child.lastName())
                    .doesNotContain(child.reference())
                    .doesNotContain(child.dateOfBirth().toString())
                    .doesNotContain(child.dateOfBirth().getDayOfMonth() + "/"
                            + child.dateOfBirth().getMonthValue())
                    .doesNotContain("NN3 6AB")
                    .doesNotContain("NN1 1AA")
                    .contains("NN3", "missing episodes", "/portal/referrals/" + referral);
        }
        Thread.sleep(1_000);
        assertThat(smtp.getReceivedMessages()).as("no mail sent twice").hasSize(mails.length);
    }

    @Test
    void mailQueuedWhileTheMailServerIsDownArrivesOnceItIsBack() throws Exception {
        long referral = readyToSearch(child().id());
        smtp.stop();

        openFrameworkRound(referral);
        waitUntil(
                () -> jdbc.sql("select count(*) from notification_outbox where attempts > 0 and status = 'QUEUED'")
                                .query(Long.class)
                                .single()
                        >= expectedRecipients(),
                Duration.ofSeconds(20));
        assertThat(jdbc.sql("select count(*) from notification_outbox where status = 'SENT'")
                        .query(Long.class)
                        .single())
                .isZero();
        smtp.start();

        MimeMessage[] mails = waitForMails(expectedRecipients(), Duration.ofSeconds(30));
        assertEachFrameworkProviderGotOne(mails);
        Thread.sleep(1_500);
        assertThat(smtp.getReceivedMessages()).hasSize(mails.length);
    }

    @Test
    void sendingThatStopsPartWayAndStartsAgainSendsEachMailOnce() throws Exception {
        long referral = readyToSearch(child().id());
        dispatcher.stop();
        openFrameworkRound(referral);
        // As if an instance had claimed twenty of them and gone away before sending.
        jdbc.sql("""
                update notification_outbox set claimed_until = now() + interval '2 seconds'
                where id in (select id from notification_outbox order by id limit 20)
                """).update();
        // And as if it had sent ten others before it stopped.
        List<Long> sentBefore = jdbc.sql(
                        "select id from notification_outbox where claimed_until is null order by id limit 10")
                .query(Long.class)
                .list();
        assertThat(sentBefore).hasSize(10);
        dispatcher.start();
        dispatcher.stop();
        dispatcher.start();

        MimeMessage[] mails = waitForMails(expectedRecipients(), Duration.ofSeconds(30));
        assertEachFrameworkProviderGotOne(mails);
        Thread.sleep(4_000);
        assertThat(smtp.getReceivedMessages())
                .as("no mail sent twice after the restarts")
                .hasSize(mails.length);
        assertThat(jdbc.sql("select count(*) from notification_outbox where status = 'SENT'")
                        .query(Long.class)
                        .single())
                .isEqualTo(mails.length);
    }

    /**
     * The application in a process of its own is killed (no chance to tidy up) with ten mails accepted,
     * the eleventh begun and the twelfth claimed with it (one sender claims two at a time); an instance started
     * again sends the rest, each once.
     */
    @Test
    void anApplicationKilledMidBroadcastAndStartedAgainSendsEachMailOnce() throws Exception {
        long referral = readyToSearch(child().id());
        dispatcher.stop();
        openFrameworkRound(referral);
        int recipients = expectedRecipients();

        try (HoldingSmtpProxy proxy = new HoldingSmtpProxy(smtp.getSmtp().getPort(), 10);
                SecondInstance first = SecondInstance.launch(
                        "broadcast-first",
                        "--spring.mail.port=" + proxy.port(),
                        "--placementbroker.outbox.senders=1")) {
            assertThat(proxy.awaitHolding(Duration.ofSeconds(90)))
                    .as("the first instance started sending")
                    .isTrue();
            assertThat(smtp.getReceivedMessages()).hasSize(10);
        }
        assertThat(jdbc.sql("select count(*) from notification_outbox where status = 'SENT'")
                        .query(Long.class)
                        .single())
                .isEqualTo(10);
        assertThat(jdbc.sql("select count(*) from notification_outbox where claimed_until > now()")
                        .query(Long.class)
                        .single())
                .as("the eleventh and twelfth still claimed by the killed instance")
                .isEqualTo(2);

        try (SecondInstance again = SecondInstance.launch(
                "broadcast-again", "--spring.mail.port=" + smtp.getSmtp().getPort())) {
            MimeMessage[] mails = waitForMails(recipients, Duration.ofSeconds(90));
            assertEachFrameworkProviderGotOne(mails);
            Thread.sleep(2_000);
            assertThat(smtp.getReceivedMessages()).as("no mail sent twice").hasSize(recipients);
        }
    }

    /** Behind a load balancer: two instances, each sending the outbox's mail, send each mail once between them. */
    @Test
    void twoInstancesSendingAtOnceSendEachMailOnce() throws Exception {
        long referral = readyToSearch(child().id());
        dispatcher.stop();
        try (HoldingSmtpProxy firstsMail = HoldingSmtpProxy.slow(smtp.getSmtp().getPort(), Duration.ofMillis(100));
                HoldingSmtpProxy secondsMail =
                        HoldingSmtpProxy.slow(smtp.getSmtp().getPort(), Duration.ofMillis(100));
                SecondInstance first = SecondInstance.launch(
                        "broadcast-one-of-two",
                        "--spring.mail.port=" + firstsMail.port(),
                        "--placementbroker.outbox.senders=1");
                SecondInstance second = SecondInstance.start(
                        "broadcast-two-of-two",
                        "--spring.mail.port=" + secondsMail.port(),
                        "--placementbroker.outbox.senders=1")) {
            first.awaitStarted();
            openFrameworkRound(referral);
            int recipients = expectedRecipients();

            MimeMessage[] mails = waitForMails(recipients, Duration.ofSeconds(60));
            assertEachFrameworkProviderGotOne(mails);
            Thread.sleep(2_000);
            assertThat(smtp.getReceivedMessages()).as("no mail sent twice").hasSize(recipients);
            assertThat(firstsMail.connections())
                    .as("the first instance sent some")
                    .isPositive();
            assertThat(secondsMail.connections())
                    .as("the second instance sent some")
                    .isPositive();
        }
    }

    private int expectedRecipients() {
        return jdbc.sql("select count(*) from brokerage_recipient")
                .query(Long.class)
                .single()
                .intValue();
    }

    private void assertEachFrameworkProviderGotOne(MimeMessage[] mails) throws Exception {
        Map<String, Long> byRecipient = java.util.Arrays.stream(mails)
                .map(mail -> {
                    try {
                        return mail.getAllRecipients()[0].toString();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(byRecipient.keySet()).hasSizeGreaterThanOrEqualTo(PROVIDERS);
        for (int i = 0; i < PROVIDERS; i++) {
            assertThat(byRecipient.get("referrals@provider-" + i + ".example"))
                    .as("mails to provider %s", i)
                    .isEqualTo(1L);
        }
        assertThat(byRecipient.values()).containsOnly(1L);
    }

    private void openFrameworkRound(long referral) {
        WebSession broker = new WebSession(port);
        broker.signIn("broker.northbridge", DemoAccounts.PASSWORD);
        broker.get("/referrals/" + referral + "/search");
        HttpResponse<String> opened =
                broker.post("/referrals/" + referral + "/search/rounds", Map.of("kind", "FRAMEWORK", "step", "send"));
        assertThat(opened.statusCode()).isEqualTo(302);
        assertThat(expectedRecipients()).isGreaterThanOrEqualTo(PROVIDERS);
    }

    private MimeMessage[] waitForMails(int count, Duration within) throws InterruptedException {
        assertThat(smtp.waitForIncomingEmail(within.toMillis(), count))
                .as("%s mails within %s", count, within)
                .isTrue();
        waitUntil(
                () -> jdbc.sql("select count(*) from notification_outbox where status <> 'SENT'")
                                .query(Long.class)
                                .single()
                        == 0,
                within);
        return smtp.getReceivedMessages();
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, Duration within)
            throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited %s", within).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    record Child(long id, String firstName, String lastName, String reference, LocalDate dateOfBirth) {}

    private Child child() {
        return jdbc.sql("""
                select c.id, c.first_name, c.last_name, c.child_reference as reference, c.date_of_birth from children_child c
                join identity_local_authority la on la.id = c.local_authority_id where la.code = '991' order by c.id limit 1
                """).query(Child.class).single();
    }

    private long readyToSearch(long child) {
        long council = jdbc.sql("select local_authority_id from children_child where id = ?")
                .param(child)
                .query(Long.class)
                .single();
        return jdbc.sql("""
                insert into referral_referral (local_authority_id, child_id, status, details, created_by, submitted_on)
                values (?, ?, 'READY_TO_SEARCH', ?::jsonb, 'sw.northbridge', ?) returning id
                """)
                .params(
                        council,
                        child,
                        JsonMapper.builder()
                                .build()
                                .writeValueAsString(ReferralFixtures.aCompleteReferral(LocalDate.now())),
                        LocalDate.now())
                .query(Long.class)
                .single();
    }
}
