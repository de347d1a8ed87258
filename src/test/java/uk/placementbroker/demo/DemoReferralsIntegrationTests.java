package uk.placementbroker.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import uk.placementbroker.referral.ReferralStatus;
import uk.placementbroker.support.DemoAccounts;
import uk.placementbroker.support.IntegrationTest;
import uk.placementbroker.support.WebSession;

/** A person trying the product finds referrals in every state, taken there by the demo staff through the real flow. */
@IntegrationTest
@TestPropertySource(
        properties = {"placementbroker.demo-data.referrals=true", "placementbroker.mail.mode=local-mailbox"})
class DemoReferralsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theFirstCouncilHasAReferralInEveryState() {
        List<String> statuses = jdbc.sql("""
                select distinct r.status from referral_referral r join identity_local_authority la on la.id = r.local_authority_id
                where la.code = '991'
                """).query(String.class).list();

        assertThat(statuses)
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(ReferralStatus.values()).map(Enum::name).toList());
        assertThat(jdbc.sql("select count(*) from placement_placement")
                        .query(Long.class)
                        .single())
                .as("one just agreed, one part-way through its life, two ended")
                .isEqualTo(4);
        assertThat(jdbc.sql("""
                        select count(*) from placement_placement p join placement_contract_version v on v.placement_id = p.id
                        where p.ended_on is null and v.council_signed_at is not null and v.provider_accepted_at is not null
                          and (select count(*) from placement_review r where r.placement_id = p.id and r.feedback is not null) = 1
                          and exists (select 1 from placement_variation x where x.placement_id = p.id and x.state = 'WAITING_FOR_APPROVAL')
                          and exists (select 1 from placement_matter m where m.placement_id = p.id and m.kind = 'DISPUTE' and m.resolved_at is null)
                        """).query(Long.class).single())
                .as(
                        "a placement agreed by both, reviewed with feedback, disputed, its new price waiting for the head of service")
                .isEqualTo(1);
        assertThat(jdbc.sql(
                                "select string_agg(planned::text || ' ' || reason, ', ' order by planned) from placement_ending")
                        .query(String.class)
                        .single())
                .isEqualTo("false CREQB, true CARPL");
        assertThat(jdbc.sql("select string_agg(distinct state, ', ' order by state) from finance_invoice")
                        .query(String.class)
                        .single())
                .isEqualTo("APPROVED, EXPORTED, QUERIED, REJECTED, TO_CHECK");
        assertThat(jdbc.sql(
                                "select string_agg(distinct flag, ', ' order by flag) from finance_invoice, unnest(flags) flag")
                        .query(String.class)
                        .single())
                .as("an over-claim, a duplicate period, an extra never agreed, days after the end")
                .isEqualTo("ALREADY_INVOICED, EXTRA_NOT_AGREED, OUTSIDE_THE_PLACEMENT, RATE_ABOVE_THE_CONTRACT");
        assertThat(jdbc.sql("""
                        select count(*) from placement_contract_version
                        where version = 1 and issued_at is not null and council_signed_at is null and provider_accepted_at is null
                        """).query(Long.class).single())
                .as("the placement's contract issued, waiting for both signatures")
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from brokerage_choice where proposed_by is not null and manager is null")
                        .query(Long.class)
                        .single())
                .as("a proposal waiting for the team manager")
                .isEqualTo(1);
        assertThat(jdbc.sql("""
                select count(*) from brokerage_choice c join referral_referral r on r.id = c.referral_id
                where r.status = 'CHOOSING' and c.manager_decision = 'APPROVED' and c.budget_decision is null
                """).query(Long.class).single())
                .as("a costly placement waiting for the head of service")
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from brokerage_question where answer is not null")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from brokerage_answer where kind = 'REFUSAL'")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void theSavingsAddUpByHand() {
        // The children's home first quoted £4,950 a week (£4,995 with transport) and was agreed at £4,750 (£4,795)
        // after the broker negotiated: £200 a week, £10,400 for a year of 52 weeks; its approved invoices claimed no
        // more than was approved. £10,400 of the £200,000 target is 5%.
        String page = signedIn("hos.northbridge").get("/finance/savings").body();
        String years = page.substring(page.indexOf("id=\"savings-years\""), page.indexOf("id=\"savings-brokers\""));
        assertThat(years).contains("£10,400", "5%");
        assertThat(page.substring(page.indexOf("id=\"savings-brokers\""))).contains("broker.northbridge", "£10,400");
        assertThat(signedIn("finance.northbridge").get("/finance/savings.csv").body())
                .startsWith("placement_reference,home,provider,broker,agreed_on")
                .contains(",4995.00,4795.00,");
        assertThat(signedIn("sw.northbridge").get("/finance/savings").statusCode())
                .isEqualTo(404);
        assertThat(signedIn("provider.oakfield").get("/finance/savings").statusCode())
                .isEqualTo(404);
    }

    @Test
    void eachAdministratorReadsOnlyTheMailSentForTheirCouncil() throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (jdbc.sql("select count(*) from notification_outbox where status = 'QUEUED'")
                                .query(Long.class)
                                .single()
                        > 0
                && Instant.now().isBefore(until)) {
            Thread.sleep(200);
        }
        assertThat(jdbc.sql("""
                        select count(*) from notification_mailbox m join identity_local_authority la on la.id = m.local_authority_id
                        where la.code = '991'
                        """).query(Long.class).single())
                .as("the demo's referral mails, sent for Northbridge")
                .isPositive();

        assertThat(signedIn("admin.northbridge").get("/admin/mailbox").body()).contains("Referral R0");
        assertThat(signedIn("admin.threerivers").get("/admin/mailbox").body())
                .as("the consortium's administrator")
                .contains("Referral R0");
        assertThat(signedIn("admin.eastmoor").get("/admin/mailbox").body())
                .as("another council's administrator")
                .doesNotContain("Referral R0");
    }

    @Test
    void eachRoleSeesItsPartOfTheFlow() {
        WebSession socialWorker = signedIn("sw.northbridge");
        assertThat(socialWorker.get("/referrals").body())
                .contains("Draft", "Returned to the social worker", "Placed", "Withdrawn");
        WebSession broker = signedIn("broker.northbridge");
        assertThat(broker.get("/brokerage").body()).contains("Waiting for the broker&#39;s quality check", "Searching");
        assertThat(broker.get("/").body())
                .as("the broker's home page")
                .contains("Waiting for the brokerage team", "See all 6 in the brokerage queue");
        WebSession oakfield = signedIn("provider.oakfield");
        assertThat(oakfield.get("/portal/referrals").statusCode()).isEqualTo(200);
        WebSession administrator = signedIn("admin.northbridge");
        assertThat(administrator.get("/referrals").statusCode())
                .as("an administrator does not see children's referrals")
                .isNotEqualTo(200);
    }

    @Test
    void theBroadcastMailsReachTheLocalMailboxWithoutTheChildrensNames() throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
        while (jdbc.sql("select count(*) from notification_outbox where status <> 'SENT'")
                                .query(Long.class)
                                .single()
                        > 0
                && Instant.now().isBefore(giveUp)) {
            Thread.sleep(200);
        }
        long recipients = jdbc.sql("select count(*) from brokerage_recipient")
                .query(Long.class)
                .single();
        assertThat(recipients).isPositive();
        assertThat(jdbc.sql(
                                "select count(*) from notification_outbox where status = 'SENT' and message_id like 'round-%'")
                        .query(Long.class)
                        .single())
                .as("one mail to each provider asked")
                .isEqualTo(recipients);

        List<Map<String, Object>> referred = jdbc.sql("""
                select c.first_name, c.last_name from children_child c join referral_referral r on r.child_id = c.id
                """).query().listOfRows();
        List<String> bodies = jdbc.sql("select subject || ' ' || body from notification_mailbox")
                .query(String.class)
                .list();
        assertThat(bodies).hasSizeGreaterThanOrEqualTo((int) recipients);
        for (Map<String, Object> child : referred) {
            assertThat(bodies)
                    .noneMatch(body -> body.contains(" " + child.get("last_name") + " ")
                            || body.contains((String) child.get("first_name") + " "));
        }
    }

    private WebSession signedIn(String username) {
        WebSession session = new WebSession(port);
        session.signIn(username, DemoAccounts.PASSWORD);
        return session;
    }
}
