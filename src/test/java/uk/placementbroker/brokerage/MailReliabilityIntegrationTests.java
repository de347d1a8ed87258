package uk.placementbroker.brokerage;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.placementbroker.brokerage.internal.Escalations;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.identity.Role;
import uk.placementbroker.notification.sending.OutboxDispatcher;
import uk.placementbroker.referral.Referrals;
import uk.placementbroker.shared.HomeRef;
import uk.placementbroker.shared.Money;
import uk.placementbroker.support.DemoAccounts;
import uk.placementbroker.support.IntegrationTest;
import uk.placementbroker.support.ReferralFixtures;
import uk.placementbroker.support.SecondInstance;
import uk.placementbroker.support.TestMailServer;
import uk.placementbroker.support.WebSession;

/**
 * Nothing a person must receive is lost: every mail goes through the one outbox, so a mail server that
 * is down, or an application that dies just after a decision, delays a mail but never drops or repeats it.
 */
@IntegrationTest
class MailReliabilityIntegrationTests {

    @RegisterExtension
    static final GreenMailExtension smtp = TestMailServer.perTest();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    Rounds rounds;

    @Autowired
    Answers answers;

    @Autowired
    Decisions decisions;

    @Autowired
    Escalations escalations;

    @Autowired
    Referrals referrals;

    @Autowired
    OutboxDispatcher dispatcher;

    @Test
    void anEscalationAnOfferNotChosenAndAWithdrawalQueuedWhileTheMailServerIsDownEachArriveOnceItIsBack()
            throws Exception {
        smtp.stop();

        long unanswered = searching();
        answers.refuse(
                ReferralFixtures.providerUser(jdbc, "Oakfield Fostering"),
                unanswered,
                RefusalReason.NO_VACANCY,
                "No carers free");
        jdbc.sql("update brokerage_round set respond_by = ? where referral_id = ?")
                .params(java.sql.Timestamp.from(Instant.now().minus(Duration.ofMinutes(1))), unanswered)
                .update();
        List<Escalations.Escalated> escalated = escalations.closeRoundsDueBy(Instant.now());
        assertThat(escalated).extracting(Escalations.Escalated::referralId).contains(unanswered);
        String escalation = "escalation-round-"
                + escalated.stream()
                        .filter(round -> round.referralId() == unanswered)
                        .findFirst()
                        .orElseThrow()
                        .roundId()
                + "-0@placement-broker";

        long placed = searching();
        long chosen = offer(placed, ReferralFixtures.oakfieldHousehold(jdbc, 10));
        long notChosen = offer(placed, ReferralFixtures.oakfieldHousehold(jdbc, 11));
        agree(placed, chosen, notChosen);

        long withdrawn = searching();
        long standing = offer(withdrawn, ReferralFixtures.oakfieldHousehold(jdbc, 12));
        referrals.withdraw(
                staff("sw.northbridge", Role.SOCIAL_WORKER), withdrawn, "The child is going home to her father");

        List<String> expected = List.of(
                escalation,
                "unsuccessful-offer-" + notChosen + "@placement-broker",
                "unsuccessful-offer-" + standing + "@placement-broker");
        waitUntil(() -> expected.stream().allMatch(id -> attempts(id) > 0), Duration.ofSeconds(20));
        assertThat(smtp.getReceivedMessages()).isEmpty();

        smtp.start();
        waitUntil(() -> expected.stream().allMatch(id -> "SENT".equals(status(id))), Duration.ofSeconds(60));
        Thread.sleep(1_500);
        Map<String, Long> received = receivedByMessageId();
        for (String id : expected) {
            assertThat(received.get(id)).as("mails %s", id).isEqualTo(1L);
        }
        assertThat(received.get("unsuccessful-offer-" + chosen + "@placement-broker"))
                .as("the chosen provider is not told it lost")
                .isNull();
    }

    /**
     * The decision commits in an instance that is then killed before the offers not chosen are told (the
     * listener waits on the outbox, which the test holds locked); the next instance to start tells them, once.
     */
    @Test
    void aMailTheDecisionOwesIsSentByTheNextInstanceWhenTheOneThatDecidedIsKilledFirst() throws Exception {
        long referral = searching();
        long chosen = offer(referral, ReferralFixtures.oakfieldHousehold(jdbc, 13));
        long notChosen = offer(referral, ReferralFixtures.oakfieldHousehold(jdbc, 14));
        decisions.sendChoice(staff("broker.northbridge", Role.BROKER), referral, List.of(chosen, notChosen));
        decisions.propose(staff("sw.northbridge", Role.SOCIAL_WORKER), referral, chosen, "Close to school");
        String owed = "unsuccessful-offer-" + notChosen + "@placement-broker";
        dispatcher.stop();
        try {
            try (SecondInstance first = SecondInstance.start(
                            "decision-first",
                            "--spring.mail.port=" + smtp.getSmtp().getPort());
                    Connection outboxHolder = dataSource.getConnection()) {
                outboxHolder.setAutoCommit(false);
                try (Statement lock = outboxHolder.createStatement()) {
                    lock.execute("lock table notification_outbox in exclusive mode");
                }
                WebSession manager = new WebSession(first.port());
                manager.signIn("tm.northbridge", DemoAccounts.PASSWORD);
                manager.get("/referrals/" + referral + "/choice");
                HttpResponse<String> decided = manager.post(
                        "/referrals/" + referral + "/choice/decide",
                        Map.of("decision", "approve", "comment", "Agreed"));
                assertThat(decided.statusCode()).isEqualTo(302);
                assertThat(jdbc.sql("select status from referral_referral where id = ?")
                                .param(referral)
                                .query(String.class)
                                .single())
                        .isEqualTo("PLACED");
                waitUntil(() -> incompletePlacementAgreed() > 0, Duration.ofSeconds(10));
                first.kill();
                try (Statement read = outboxHolder.createStatement();
                        ResultSet queued = read.executeQuery(
                                "select count(*) from notification_outbox where message_id = '" + owed + "'")) {
                    queued.next();
                    assertThat(queued.getInt(1))
                            .as("the mail was not queued before the kill")
                            .isZero();
                }
                outboxHolder.rollback();
            }
            assertThat(incompletePlacementAgreed())
                    .as("the registry remembers the listener did not finish")
                    .isPositive();

            try (SecondInstance again = SecondInstance.start(
                    "decision-again", "--spring.mail.port=" + smtp.getSmtp().getPort())) {
                waitUntil(() -> receivedByMessageId().containsKey(owed), Duration.ofSeconds(60));
                Thread.sleep(1_500);
                assertThat(receivedByMessageId().get(owed)).as("told once").isEqualTo(1L);
                assertThat(incompletePlacementAgreed()).isZero();
            }
        } finally {
            dispatcher.start();
        }
    }

    private long incompletePlacementAgreed() {
        return jdbc.sql(
                        "select count(*) from event_publication where event_type like '%PlacementAgreed' and completion_date is null")
                .query(Long.class)
                .single();
    }

    private void agree(long referral, long chosen, long notChosen) {
        decisions.sendChoice(staff("broker.northbridge", Role.BROKER), referral, List.of(chosen, notChosen));
        decisions.propose(staff("sw.northbridge", Role.SOCIAL_WORKER), referral, chosen, "Close to school");
        assertThat(decisions.decide(staff("tm.northbridge", Role.TEAM_MANAGER), referral, true, "Agreed"))
                .isPresent();
    }

    private Map<String, Long> receivedByMessageId() {
        return Arrays.stream(smtp.getReceivedMessages())
                .map(MailReliabilityIntegrationTests::messageId)
                .collect(java.util.stream.Collectors.groupingBy(id -> id, java.util.stream.Collectors.counting()));
    }

    private static String messageId(MimeMessage mail) {
        try {
            return mail.getMessageID().replaceAll("[<>]", "");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private int attempts(String messageId) {
        return jdbc.sql("select coalesce(max(attempts), 0) from notification_outbox where message_id = ?")
                .param(messageId)
                .query(Integer.class)
                .single();
    }

    private String status(String messageId) {
        return jdbc.sql("select status from notification_outbox where message_id = ?")
                .param(messageId)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private long searching() {
        long referral = ReferralFixtures.readyToSearchInNorthbridge(jdbc, referrals);
        rounds.open(staff("broker.northbridge", Role.BROKER), referral, RoundKind.FRAMEWORK);
        return referral;
    }

    private long offer(long referral, String home) {
        return answers.offer(
                ReferralFixtures.providerUser(jdbc, "Oakfield Fostering"),
                referral,
                new Answers.Offer(
                        HomeRef.fromKey(home).orElseThrow(),
                        LocalDate.now().plusDays(3),
                        Money.pounds(900),
                        BigDecimal.ZERO,
                        Money.ZERO,
                        Money.ZERO,
                        Money.ZERO,
                        Money.ZERO,
                        Money.ZERO,
                        "As our profile says"));
    }

    private CurrentUser staff(String username, Role... roles) {
        return ReferralFixtures.northbridgeStaff(jdbc, username, roles);
    }

    private static void waitUntil(BooleanSupplier condition, Duration within) throws InterruptedException {
        long giveUp = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited %s", within).isLessThan(giveUp);
            Thread.sleep(100);
        }
    }
}
