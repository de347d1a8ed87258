package uk.placementbroker.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.placementbroker.referral.Referrals;
import uk.placementbroker.support.DemoAccounts;
import uk.placementbroker.support.IntegrationTest;
import uk.placementbroker.support.ReferralFixtures;
import uk.placementbroker.support.WebSession;

/**
 * Who saw a child shows in the audit log however they saw them: on their record, in a list, in a file taken away,
 * and an attempt on another council's child shows to that council.
 */
@IntegrationTest
class AuditTrailIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Referrals referrals;

    @Test
    void everyListThatNamesChildrenIsAuditedWithEachChildItShowed() {
        long child = jdbc.sql("""
                select c.id from children_child c join identity_local_authority la on la.id = c.local_authority_id
                where la.code = '991' order by c.id limit 1
                """).query(Long.class).single();
        String lastName = jdbc.sql("select last_name from children_child where id = ?")
                .param(child)
                .query(String.class)
                .single();
        long referral = ReferralFixtures.readyToSearchInNorthbridge(jdbc, referrals);
        long referredChild = jdbc.sql("select child_id from referral_referral where id = ?")
                .param(referral)
                .query(Long.class)
                .single();
        long before = lastEvent();

        signedIn("sw.northbridge").get("/children?search=" + lastName);
        signedIn("sw.northbridge").get("/referrals/new?search=" + lastName);
        signedIn("tm.northbridge").get("/referrals");
        signedIn("broker.northbridge").get("/brokerage");
        signedIn("tm.northbridge").get("/insight/drift");

        assertThat(listsShowing(child, before))
                .as("the list of children and the referral's search for a child")
                .filteredOn(line -> line.startsWith("sw.northbridge: Child search for '" + lastName + "', page 1: "))
                .hasSize(2);
        assertThat(listsShowing(referredChild, before))
                .anyMatch(line -> line.startsWith("tm.northbridge: Referrals: "))
                .anyMatch(line -> line.startsWith("broker.northbridge: Brokerage queue: "));
        assertThat(jdbc.sql("""
                        select count(*) from identity_audit_event
                        where id > ? and actor_username = 'tm.northbridge' and action = 'LISTED' and detail like 'Drift lists: %'
                        """).param(before).query(Long.class).single()).isEqualTo(1);

        String auditPage = signedIn("admin.northbridge")
                .get("/admin/audit?action=LISTED&recordId=" + child)
                .body();
        assertThat(auditPage).contains("Child search for &#39;" + lastName + "&#39;, page 1: ");
    }

    @Test
    void aReferralDownloadedAsAFileIsRecordedAsExported() {
        long referral = ReferralFixtures.readyToSearchInNorthbridge(jdbc, referrals);
        WebSession broker = signedIn("broker.northbridge");

        assertThat(broker.get("/referrals/" + referral + "/placements-standard.json")
                        .statusCode())
                .isEqualTo(200);

        assertThat(jdbc.sql("""
                        select detail from identity_audit_event
                        where actor_username = 'broker.northbridge' and action = 'EXPORTED' and record_type = 'referral' and record_id = ?
                        """)
                        .param(String.valueOf(referral))
                        .query(String.class)
                        .list())
                .containsExactly("Downloaded as the Placements Standard JSON");
    }

    @Test
    void anAttemptOnAnotherCouncilsChildShowsInThatCouncilsAuditLogAsWellAsTheActorsOwn() {
        long northbridgeChild = jdbc.sql("""
                select c.id from children_child c join identity_local_authority la on la.id = c.local_authority_id
                where la.code = '991' order by c.id desc limit 1
                """).query(Long.class).single();
        long referral = ReferralFixtures.readyToSearchInNorthbridge(jdbc, referrals);
        WebSession eastmoor = signedIn("sw.eastmoor");

        assertThat(eastmoor.get("/children/" + northbridgeChild).statusCode()).isEqualTo(404);
        assertThat(eastmoor.get("/referrals/" + referral).statusCode()).isEqualTo(404);

        String northbridgeLog = signedIn("admin.northbridge")
                .get("/admin/audit?actor=sw.eastmoor&action=REFUSED&recordId=" + northbridgeChild)
                .body();
        assertThat(northbridgeLog).contains("sw.eastmoor", "child " + northbridgeChild);
        assertThat(signedIn("admin.northbridge")
                        .get("/admin/audit?actor=sw.eastmoor&action=REFUSED&recordId=" + referral)
                        .body())
                .contains("referral " + referral);
        assertThat(signedIn("admin.eastmoor")
                        .get("/admin/audit?actor=sw.eastmoor&action=REFUSED&recordId=" + northbridgeChild)
                        .body())
                .contains("child " + northbridgeChild);
        assertThat(signedIn("admin.westhaven")
                        .get("/admin/audit?actor=sw.eastmoor&action=REFUSED&recordId=" + northbridgeChild)
                        .body())
                .as("a third council sees nothing of it")
                .doesNotContain("child " + northbridgeChild);
    }

    private List<String> listsShowing(long child, long after) {
        return jdbc.sql("""
                select actor_username || ': ' || detail from identity_audit_event
                where id > ? and action = 'LISTED' and record_type = 'child' and listed_record_ids @> array[cast(? as text)]
                order by id
                """)
                .params(after, String.valueOf(child))
                .query(String.class)
                .list();
    }

    private long lastEvent() {
        return jdbc.sql("select coalesce(max(id), 0) from identity_audit_event")
                .query(Long.class)
                .single();
    }

    private WebSession signedIn(String username) {
        WebSession session = new WebSession(port);
        session.follow(session.signIn(username, DemoAccounts.PASSWORD));
        return session;
    }
}
