package uk.placementbroker.brokerage;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.identity.Role;
import uk.placementbroker.referral.Referrals;
import uk.placementbroker.shared.HomeRef;
import uk.placementbroker.shared.Money;
import uk.placementbroker.support.DemoAccounts;
import uk.placementbroker.support.IntegrationTest;
import uk.placementbroker.support.ReferralFixtures;
import uk.placementbroker.support.TestMailServer;
import uk.placementbroker.support.WebSession;

/** Each role's home page lists what waits for them, and the role a referral now waits for is mailed. */
@IntegrationTest
class WaitingForIntegrationTests {

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

    @Test
    void aChoiceWaitsForTheSocialWorkerThenTheTeamManagerThenTheHeadOfServiceEachToldWhereToLook() throws Exception {
        long referral = ReferralFixtures.readyToSearchInNorthbridge(jdbc, referrals);
        rounds.open(staff("broker.northbridge", Role.BROKER), referral, RoundKind.FRAMEWORK);
        long offer = answers.offer(
                ReferralFixtures.providerUser(jdbc, "Oakfield Fostering"),
                referral,
                new Answers.Offer(
                        HomeRef.fromKey(ReferralFixtures.oakfieldHousehold(jdbc, 19))
                                .orElseThrow(),
                        LocalDate.now().plusDays(3),
                        Money.pounds(5200),
                        BigDecimal.ZERO,
                        Money.ZERO,
                        Money.ZERO,
                        Money.ZERO,
                        Money.ZERO,
                        Money.ZERO,
                        "Two carers at home"));
        String child = jdbc.sql(
                        "select c.first_name from children_child c join referral_referral r on r.child_id = c.id where r.id = ?")
                .param(referral)
                .query(String.class)
                .single();

        assertThat(mailTo(
                        "tm.northbridge@northbridge.example",
                        "Referral R%06d: a referral waits for your permission to look".formatted(referral)))
                .as("the team manager was told when the social worker sent it")
                .hasSize(1);
        assertThat(mailTo(
                        "broker.northbridge@northbridge.example",
                        "Referral R%06d: a referral waits for your quality check".formatted(referral)))
                .as("and the brokers when the team manager gave permission")
                .hasSize(1);

        decisions.sendChoice(staff("broker.northbridge", Role.BROKER), referral, List.of(offer));
        assertThat(waiting("sw.northbridge", child)).contains("Propose one of the placements offered");
        assertThat(waiting("tm.northbridge", child)).isEmpty();
        assertThat(listedAsWaitingFor(referral)).isEqualTo("The social worker");
        assertThat(mailTo(
                        "sw.northbridge@northbridge.example",
                        "Referral R%06d: a choice of placements waits for your proposal".formatted(referral)))
                .as("the referral's social worker is told")
                .allMatch(body -> body.contains("/referrals/" + referral + "/choice") && !body.contains(child))
                .hasSize(1);

        decisions.propose(
                staff("sw.northbridge", Role.SOCIAL_WORKER), referral, offer, "The only home that can take her");
        assertThat(waiting("tm.northbridge", child)).contains("Give permission to place, or not");
        assertThat(waiting("sw.northbridge", child)).isEmpty();
        assertThat(listedAsWaitingFor(referral)).isEqualTo("The team manager");
        assertThat(mailTo(
                        "tm.northbridge@northbridge.example",
                        "Referral R%06d: a proposal waits for your permission to place".formatted(referral)))
                .as("the team manager is told, without the child's name")
                .allMatch(body -> body.contains("/referrals/" + referral + "/choice") && !body.contains(child));

        decisions.decide(staff("tm.northbridge", Role.TEAM_MANAGER), referral, true, "Agreed");
        assertThat(waiting("hos.northbridge", child)).contains("Approve the cost, or not");
        assertThat(waiting("tm.northbridge", child)).isEmpty();
        assertThat(listedAsWaitingFor(referral))
                .as("the referral list names who it waits for")
                .isEqualTo("The head of service");
        assertThat(mailTo(
                        "hos.northbridge@northbridge.example",
                        "Referral R%06d: a placement waits for you to approve its cost".formatted(referral)))
                .hasSize(1);

        decisions.approveBudget(staff("hos.northbridge", Role.HEAD_OF_SERVICE), referral, false, "Too costly");
        assertThat(waiting("sw.northbridge", child)).contains("Propose another of the placements offered");
        assertThat(listedAsWaitingFor(referral)).isEqualTo("The social worker");
        assertThat(mailTo(
                        "sw.northbridge@northbridge.example",
                        "Referral R%06d: the cost was not approved".formatted(referral)))
                .hasSize(1);
    }

    @Test
    void aReferralReturnedByTheBrokerIsMailedToItsSocialWorker() throws Exception {
        long referral = ReferralFixtures.readyToSearchInNorthbridge(jdbc, referrals);
        jdbc.sql("update referral_referral set status = 'AWAITING_QUALITY_CHECK' where id = ?")
                .param(referral)
                .update();

        referrals.check(staff("broker.northbridge", Role.BROKER), referral, false, "Say more about her school");

        assertThat(mailTo(
                        "sw.northbridge@northbridge.example",
                        "Referral R%06d: the broker returned the referral".formatted(referral)))
                .singleElement()
                .satisfies(body -> assertThat(body).contains("/referrals/" + referral));
        assertThat(listedAsWaitingFor(referral)).isEqualTo("The social worker");
    }

    @Test
    void theTeamManagersAndHeadsOfServicesTasksArePagesNotComingSoon() {
        assertThat(home("tm.northbridge")).contains("Authorise placements").doesNotContain("Coming soon");
        assertThat(home("hos.northbridge"))
                .contains("Approve high-cost placements")
                .doesNotContain("Coming soon");
    }

    /** The row of the home page's "Waiting for you" table for this child, or "" when nothing of theirs waits. */
    private String waiting(String username, String child) {
        String home = home(username);
        int table = home.indexOf("id=\"waiting-for-you\"");
        if (table < 0) {
            return "";
        }
        String rows = home.substring(table, home.indexOf("</table>", table));
        return Arrays.stream(rows.split("<tr"))
                .filter(row -> row.contains(child))
                .findFirst()
                .orElse("");
    }

    /** What the broker's referral list says the referral waits for. */
    private String listedAsWaitingFor(long referral) {
        WebSession session = new WebSession(port);
        session.signIn("broker.northbridge", DemoAccounts.PASSWORD);
        String list = session.get("/referrals").body();
        int link = list.indexOf("href=\"/referrals/" + referral + "\"");
        assertThat(link).as("referral %s in the list", referral).isPositive();
        String row = list.substring(link, list.indexOf("</tr>", link));
        java.util.regex.Matcher cells = java.util.regex.Pattern.compile("<td class=\"govuk-table__cell\">([^<]*)</td>")
                .matcher(row);
        assertThat(cells.find()).isTrue();
        return cells.group(1).strip();
    }

    private String home(String username) {
        WebSession session = new WebSession(port);
        session.signIn(username, DemoAccounts.PASSWORD);
        return session.get("/").body();
    }

    /** The bodies of the mails with this subject that the address has had, once it has had one. */
    private List<String> mailTo(String address, String subject) throws InterruptedException {
        long giveUp = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        List<String> bodies = List.of();
        while (bodies.isEmpty() && System.nanoTime() < giveUp) {
            Thread.sleep(100);
            bodies = Arrays.stream(smtp.getReceivedMessagesForDomain(address))
                    .filter(mail -> {
                        try {
                            return mail.getSubject().equals(subject);
                        } catch (MessagingException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .map(com.icegreen.greenmail.util.GreenMailUtil::getBody)
                    .toList();
        }
        return bodies;
    }

    private CurrentUser staff(String username, Role... roles) {
        return ReferralFixtures.northbridgeStaff(jdbc, username, roles);
    }
}
