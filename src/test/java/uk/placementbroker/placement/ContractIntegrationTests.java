package uk.placementbroker.placement;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import uk.placementbroker.market.MarketRecords;
import uk.placementbroker.referral.Referrals;
import uk.placementbroker.support.DemoAccounts;
import uk.placementbroker.support.IntegrationTest;
import uk.placementbroker.support.PlacementFixtures;
import uk.placementbroker.support.TestMailServer;
import uk.placementbroker.support.WebSession;

/**
 * The Individual Placement Contract from the draft made when the placement is agreed to both signatures: each step
 * checks where the contract has got to, and a stale or repeated one gets words.
 */
@IntegrationTest
class ContractIntegrationTests {

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
    void draftedAtAgreementCompletedIssuedSignedQueriedAnsweredAndAccepted() {
        String placement = "/placements/" + placed();
        WebSession broker = signedIn("broker.northbridge");

        String drafted = broker.get(placement).body();
        assertThat(drafted)
                .contains("Version 1: Draft", "Drafted from the placement agreed", "Complete the draft")
                .contains("Attends school every day");

        HttpResponse<String> tooSoon = broker.post(placement + "/contract/1/draft", Map.of("then", "issue"));
        assertThat(tooSoon.statusCode()).isEqualTo(200);
        assertThat(tooSoon.body())
                .contains("There is a problem", "Complete the contract before it is issued", "what the price includes")
                .contains("how outcome 1 will be measured, and by when");

        HttpResponse<String> badDate = broker.post(
                placement + "/contract/1/draft",
                PlacementFixtures.completedContract(Map.of("outcome0ByYear", "99999")));
        assertThat(badDate.body()).contains("There is a problem", "Enter when outcome 1 is to be achieved");

        HttpResponse<String> issued = broker.post(
                placement + "/contract/1/draft", PlacementFixtures.completedContract(Map.of("then", "issue")));
        assertThat(issued.statusCode()).isEqualTo(302);
        assertThat(broker.get(placement).body()).contains("Version 1: Issued: waiting for both signatures");
        assertThat(jdbc.sql(
                                "select count(*) from notification_outbox where message_id like 'contract-issued-%' and subject like 'Placement contract to accept%' and message_id = ?")
                        .param("contract-issued-" + placement.substring(placement.lastIndexOf('/') + 1)
                                + "-1@placement-broker")
                        .query(Long.class)
                        .single())
                .as("the provider is mailed through the outbox")
                .isEqualTo(1);
        assertThat(broker.post(
                                placement + "/contract/1/draft",
                                PlacementFixtures.completedContract(Map.of("then", "save")))
                        .body())
                .as("an issued version is not changed")
                .contains("This version has been issued already");

        WebSession manager = signedIn("tm.northbridge");
        assertThat(manager.get(placement).body()).contains("Sign for the council");
        assertThat(manager.post(placement + "/contract/1/sign", Map.of()).statusCode())
                .isEqualTo(302);
        assertThat(manager.post(placement + "/contract/1/sign", Map.of()).body())
                .as("signing twice")
                .contains("There is a problem", "This version has been signed for the council already");
        assertThat(broker.post(placement + "/contract/1/sign", Map.of()).body())
                .contains("A team manager of the council signs the contract for it");

        WebSession oakfield = signedIn("provider.oakfield");
        assertThat(oakfield.get(placement).body())
                .contains("Signed for the council: waiting for the provider", "Accept the contract");
        assertThat(oakfield.post(
                                placement + "/contract/1/queries",
                                Map.of("question", "Is the 1:1 support in term time only?"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(oakfield.post(placement + "/contract/1/accept", Map.of("acceptedAs", "Ann Oakfield"))
                        .body())
                .contains("Your question about this version has not been answered yet");
        assertThat(oakfield.post(placement + "/contract/1/accept", Map.of("acceptedAs", " "))
                        .body())
                .contains("Enter your name, as you accept the contract");

        long query = jdbc.sql("select id from placement_contract_query where placement_id = ?")
                .param(Long.parseLong(placement.substring(placement.lastIndexOf('/') + 1)))
                .query(Long.class)
                .single();
        assertThat(broker.post(placement + "/contract/queries/" + query + "/answer", Map.of("answer", "All year round"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(oakfield.post(placement + "/contract/1/accept", Map.of("acceptedAs", "Ann Oakfield"))
                        .statusCode())
                .isEqualTo(302);

        String agreed = broker.get(placement).body();
        assertThat(agreed)
                .contains("Version 1: Agreed by both", "By Ann Oakfield (provider.oakfield)", "All year round");
        assertThat(oakfield.post(placement + "/contract/1/accept", Map.of("acceptedAs", "Ann Oakfield"))
                        .body())
                .contains("This version has been accepted already");
        assertThat(jdbc.sql("""
                        select count(*) from identity_audit_event where record_type = 'placement contract' and record_id = ?
                          and action = 'UPDATED'
                        """)
                        .param(placement.substring(placement.lastIndexOf('/') + 1))
                        .query(Long.class)
                        .single())
                .as("completed twice, issued, signed, accepted")
                .isGreaterThanOrEqualTo(4);
    }

    @Test
    void eachVersionReadsAsADocumentAndDownloadsAsJsonForTheCouncilAndTheProviderOnly() {
        long id = placed();
        String placement = "/placements/" + id;
        WebSession broker = signedIn("broker.northbridge");

        String document = broker.get(placement + "/contract/1").body();
        assertThat(document)
                .contains("Individual Placement Contract", "The parties", "Northbridge", "Oakfield Fostering")
                .contains("Accommodation and care", "While the placement lasts", "£1,020", "PB-")
                .contains("The first review within 20 working days", "28 days", "Every 4 weeks");
        HttpResponse<byte[]> json = broker.download(placement + "/contract/1/download");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(new String(json.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"invoicingReference\"", "\"ACCOMMODATION_AND_CARE\"", "\"state\" : \"DRAFT\"");
        assertThat(jdbc.sql(
                                "select count(*) from identity_audit_event where action = 'EXPORTED' and record_type = 'placement contract' and record_id = ?")
                        .param(String.valueOf(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(signedIn("provider.oakfield").get(placement + "/contract/1").statusCode())
                .isEqualTo(200);

        for (String outsider : List.of("broker.eastmoor", "provider.harbour")) {
            WebSession session = signedIn(outsider);
            assertThat(session.get(placement + "/contract/1").statusCode())
                    .as(outsider)
                    .isEqualTo(404);
            assertThat(session.download(placement + "/contract/1/download").statusCode())
                    .as(outsider)
                    .isEqualTo(404);
            session.get("/");
            HttpResponse<String> sign = session.post(placement + "/contract/1/sign", Map.of());
            assertThat(sign.statusCode()).as(outsider).isEqualTo(404);
            assertThat(session.post(placement + "/contract/1/accept", Map.of("acceptedAs", "X"))
                            .statusCode())
                    .as(outsider)
                    .isEqualTo(404);
        }
        assertThat(broker.get(placement + "/contract/2").statusCode()).isEqualTo(404);
    }

    private long placed() {
        long referral = fixtures.placedInNorthbridge();
        referralsOfThisTest.add(referral);
        return jdbc.sql("select id from placement_placement where referral_id = ?")
                .param(referral)
                .query(Long.class)
                .single();
    }

    private WebSession signedIn(String username) {
        WebSession session = new WebSession(port);
        session.signIn(username, DemoAccounts.PASSWORD);
        return session;
    }
}
