package uk.placementbroker.bench;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import uk.placementbroker.PlacementBrokerApplication;
import uk.placementbroker.market.MarketRecords;
import uk.placementbroker.support.DemoAccounts;
import uk.placementbroker.support.ReferralFixtures;
import uk.placementbroker.support.WebSession;

/**
 * {@code scripts/bench broadcast}: the whole service against the test PostgreSQL database and a real SMTP
 * server (GreenMail), a referral broadcast to 500 framework providers, timed from the broker's click to
 * the moment the mail server has accepted every mail. Each mail is counted once.
 */
public final class BroadcastBench {

    static final int PROVIDERS = 500;
    static final int RUNS = 5;

    public static void main(String[] args) throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(3125, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        smtp.start();
        SpringApplication application = new SpringApplication(PlacementBrokerApplication.class);
        application.setAdditionalProfiles("test");
        // A fresh database with the demo data, as the tests start from.
        application.addInitializers(context -> context.getBeanFactory()
                .registerSingleton(
                        "cleanThenMigrate",
                        (org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy) flyway -> {
                            flyway.clean();
                            flyway.migrate();
                        }));
        try (ConfigurableApplicationContext context = application.run(
                "--server.port=0",
                "--spring.mail.port=3125",
                "--placementbroker.outbox.poll-every=PT2S",
                "--logging.level.uk.placementbroker=WARN")) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            prepareMarket(context.getBean(MarketRecords.class), jdbc);
            WebSession broker = new WebSession(port);
            broker.signIn("broker.northbridge", DemoAccounts.PASSWORD);
            List<Double> seconds = new ArrayList<>();
            int mailsPerRun = 0;
            for (int run = 0; run <= RUNS; run++) {
                smtp.purgeEmailFromAllMailboxes();
                long referral = readyToSearch(jdbc);
                broker.get("/referrals/" + referral + "/search");
                long started = System.nanoTime();
                HttpResponse<String> opened = broker.post(
                        "/referrals/" + referral + "/search/rounds", Map.of("kind", "FRAMEWORK", "step", "send"));
                if (opened.statusCode() != 302) {
                    throw new IllegalStateException("The round did not open: " + opened.statusCode());
                }
                int expected = jdbc.sql(
                                "select count(*) from brokerage_recipient x join brokerage_round r on r.id = x.round_id where r.referral_id = ?")
                        .param(referral)
                        .query(Integer.class)
                        .single();
                if (!smtp.waitForIncomingEmail(60_000, expected)) {
                    throw new IllegalStateException(
                            "Only " + smtp.getReceivedMessages().length + " of " + expected + " mails arrived");
                }
                double elapsed = (System.nanoTime() - started) / 1e9;
                Thread.sleep(500);
                if (smtp.getReceivedMessages().length != expected) {
                    throw new IllegalStateException(
                            smtp.getReceivedMessages().length + " mails for " + expected + " providers");
                }
                mailsPerRun = expected;
                System.out.printf("run %d: %d mails accepted in %.2f s%n", run, expected, elapsed);
                if (run > 0) {
                    seconds.add(elapsed);
                }
            }
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("providers", mailsPerRun);
            params.put("runs", RUNS);
            params.put("senders", context.getEnvironment().getProperty("placementbroker.outbox.senders", "32"));
            params.put("smtp", "GreenMail in process");
            BenchResults.write(
                    "broadcast",
                    "s",
                    BenchResults.percentile(seconds, 50),
                    BenchResults.percentile(seconds, 99),
                    BenchResults.percentile(seconds, 99),
                    params);
        } finally {
            smtp.stop();
        }
    }

    private static void prepareMarket(MarketRecords market, JdbcClient jdbc) {
        long lot = jdbc.sql("select id from market_lot where name = 'Fostering: enhanced'")
                .query(Long.class)
                .single();
        for (int i = 0; i < PROVIDERS; i++) {
            long provider = market.addProvider(new MarketRecords.NewProvider(
                    "Benchmark provider " + i,
                    MarketRecords.ProviderKind.INDEPENDENT_FOSTERING_AGENCY,
                    null,
                    null,
                    null,
                    2,
                    null,
                    null,
                    "referrals@bench-" + i + ".example"));
            market.addToLot(lot, provider, BigDecimal.valueOf(800), BigDecimal.valueOf(950));
        }
    }

    private static long readyToSearch(JdbcClient jdbc) {
        long child = jdbc.sql("""
                select c.id from children_child c join identity_local_authority la on la.id = c.local_authority_id where la.code = '991' limit 1
                """).query(Long.class).single();
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
