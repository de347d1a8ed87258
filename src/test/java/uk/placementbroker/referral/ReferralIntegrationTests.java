package uk.placementbroker.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.placementbroker.identity.AccountDetails;
import uk.placementbroker.identity.Accounts;
import uk.placementbroker.support.DemoAccounts;
import uk.placementbroker.support.IntegrationTest;
import uk.placementbroker.support.WebSession;

/** Referrals are the council's own, each step belongs to one role, and the export speaks the Placements Standard. */
@IntegrationTest
class ReferralIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Test
    void anotherCouncilsReferralIsNotFoundHoweverItIsAskedFor() {
        long referral = startedBy("sw.northbridge", "991");
        WebSession eastmoor = signedIn("sw.eastmoor");
        eastmoor.get("/referrals");

        assertThat(eastmoor.get("/referrals/" + referral).statusCode()).isEqualTo(404);
        assertThat(eastmoor.get("/referrals/" + referral + "/placement").statusCode())
                .isEqualTo(404);
        assertThat(eastmoor.get("/referrals/" + referral + "/placements-standard.json")
                        .statusCode())
                .isEqualTo(404);
        assertThat(eastmoor.post("/referrals/" + referral + "/placement", Map.of("expectedDuration", "hijacked"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(eastmoor.get("/referrals").body()).doesNotContain("/referrals/" + referral + "\"");
        assertThat(jdbc.sql("select details ->> 'expectedDuration' from referral_referral where id = ?")
                        .param(referral)
                        .query(String.class)
                        .optional())
                .isEmpty();
        assertThat(jdbc.sql(
                                "select count(*) from identity_audit_event where actor_username = 'sw.eastmoor' and action = 'REFUSED' and record_id = ?")
                        .param(String.valueOf(referral))
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void aSocialWorkerCannotReferAnotherCouncilsChild() {
        long eastmoorChild = jdbc.sql(
                        "select c.id from children_child c join identity_local_authority la on la.id = c.local_authority_id where la.code = '992' limit 1")
                .query(Long.class)
                .single();
        WebSession northbridge = signedIn("sw.northbridge");
        northbridge.get("/referrals/new");

        assertThat(northbridge
                        .post("/referrals", Map.of("child", String.valueOf(eastmoorChild)))
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void eachStepBelongsToItsRole() {
        long referral = startedBy("sw.northbridge", "991");
        WebSession broker = signedIn("broker.northbridge");
        broker.get("/referrals/" + referral);
        assertThat(broker.post("/referrals/" + referral + "/placement", Map.of("expectedDuration", "a broker's answer"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(broker.post("/referrals/" + referral + "/permission", Map.of("decision", "yes"))
                        .statusCode())
                .isEqualTo(403);
        WebSession manager = signedIn("tm.northbridge");
        manager.get("/referrals/" + referral);
        assertThat(manager.post("/referrals/" + referral + "/quality-check", Map.of("decision", "accept"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(manager.post("/referrals/" + referral + "/permission", Map.of("decision", "yes"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(signedIn("provider.oakfield").get("/referrals/" + referral).statusCode())
                .isEqualTo(404);
        assertThat(signedIn("commissioner.northbridge")
                        .get("/referrals/" + referral)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void theExportNamesEveryFieldOfThePlacementsStandard() {
        long referral = startedBy("sw.northbridge", "991");
        WebSession socialWorker = signedIn("sw.northbridge");
        socialWorker.get("/referrals/" + referral + "/needs");
        socialWorker.post("/referrals/" + referral + "/needs", Map.of("needs", "MISSING_EPISODES"));

        HttpResponse<String> export = socialWorker.get("/referrals/" + referral + "/placements-standard.json");
        JsonNode json = JsonMapper.builder().build().readTree(export.body());

        assertThat(json.get("Determinants of placement availability").has("When do you need this placement by"))
                .isTrue();
        assertThat(json.get("Placement requirements").has("Can child live with pets/animals?"))
                .isTrue();
        assertThat(json.get("Placement Recommendation")
                        .get("Foster care suitability")
                        .asString())
                .isEqualTo("Not specified");
        assertThat(json.get("Risks").get("Risk to child: Going missing").asString())
                .isEqualTo("Risk Present");
        assertThat(json.get("Risks").get("Risk to child: Self-harm").asString()).isEqualTo("No known risk");
        PlacementsStandard.riskFields()
                .forEach(field ->
                        assertThat(json.get("Risks").has(field)).as(field).isTrue());
        assertThat(json.has("Actual placement")).isTrue();
    }

    @Test
    void aDraftIsItsAuthorsTheirManagersAndTheBrokersNotAnotherSocialWorkers() {
        long draft = startedBy("sw.northbridge", "991");
        long council = jdbc.sql("select id from identity_local_authority where code = '991'")
                .query(Long.class)
                .single();
        if (jdbc.sql("select count(*) from identity_user_account where username = 'sw2.northbridge'")
                        .query(Long.class)
                        .single()
                == 0) {
            accounts.register(new AccountDetails(
                    "sw2.northbridge",
                    "Second Social Worker",
                    null,
                    DemoAccounts.PASSWORD,
                    java.util.Set.of(uk.placementbroker.identity.Role.SOCIAL_WORKER),
                    council,
                    null,
                    null));
        }
        WebSession colleague = signedIn("sw2.northbridge");
        colleague.get("/referrals");

        assertThat(colleague.get("/referrals/" + draft).statusCode()).isEqualTo(404);
        assertThat(colleague.get("/referrals/" + draft + "/placement").statusCode())
                .isEqualTo(404);
        assertThat(colleague
                        .post("/referrals/" + draft + "/withdraw", Map.of("withdrawReason", "Not mine"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(colleague
                        .post(
                                "/referrals/" + draft + "/placement",
                                Map.of("expectedDuration", "Changed by a colleague"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(jdbc.sql(
                                "select status, details->>'expectedDuration' is distinct from 'Changed by a colleague' from referral_referral where id = ?")
                        .param(draft)
                        .query((row, number) -> row.getString(1) + " " + row.getBoolean(2))
                        .single())
                .isEqualTo("DRAFT true");
        assertThat(jdbc.sql("""
                        select count(*) from identity_audit_event
                        where actor_username = 'sw2.northbridge' and action = 'REFUSED' and record_type = 'referral' and record_id = ?
                        """).param(String.valueOf(draft)).query(Long.class).single())
                .isPositive();

        for (String allowed : java.util.List.of("sw.northbridge", "tm.northbridge", "broker.northbridge")) {
            assertThat(signedIn(allowed).get("/referrals/" + draft).statusCode())
                    .as(allowed)
                    .isEqualTo(200);
        }
        assertThat(signedIn("hos.northbridge").get("/referrals/" + draft).statusCode())
                .isEqualTo(404);
    }

    private long startedBy(String username, String councilCode) {
        long child = jdbc.sql("""
                select c.id from children_child c join identity_local_authority la on la.id = c.local_authority_id where la.code = ? limit 1
                """).param(councilCode).query(Long.class).single();
        WebSession socialWorker = signedIn(username);
        socialWorker.get("/referrals/new");
        HttpResponse<String> started = socialWorker.post("/referrals", Map.of("child", String.valueOf(child)));
        String location = started.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.replaceAll(".*/referrals/(\\d+)/.*", "$1"));
    }

    private WebSession signedIn(String username) {
        WebSession session = new WebSession(port);
        session.signIn(username, DemoAccounts.PASSWORD);
        return session;
    }
}
