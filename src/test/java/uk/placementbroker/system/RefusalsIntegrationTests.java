package uk.placementbroker.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.placementbroker.support.DemoAccounts;
import uk.placementbroker.support.IntegrationTest;
import uk.placementbroker.support.WebSession;

/** Every module refuses the same way: the GOV.UK pages for a person, RFC 9457 problem details for a program. */
@IntegrationTest
class RefusalsIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void aStepOutsideTheRoleIsTheAccessPageWithItsReasonOrAProblem() {
        WebSession provider = signedIn("provider.oakfield");

        HttpResponse<String> page = provider.get("/brokerage");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body())
                .contains(
                        "You do not have access to this page", "Your role does not include this part of the service.");

        HttpResponse<String> problem = provider.getJson("/brokerage");
        assertThat(problem.statusCode()).isEqualTo(403);
        assertThat(problem.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(problem.body())
                .contains(
                        "\"status\":403",
                        "\"detail\":\"Your role does not include this part of the service\"",
                        "\"instance\":\"/brokerage\"");
    }

    @Test
    void anotherCouncilsReferralIsNotFoundAndSaysNothingMore() {
        WebSession socialWorker = signedIn("sw.eastmoor");

        HttpResponse<String> page = socialWorker.get("/referrals/999999999/choice");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Page not found");

        HttpResponse<String> problem = socialWorker.getJson("/referrals/999999999/choice");
        assertThat(problem.statusCode()).isEqualTo(404);
        assertThat(problem.body())
                .contains("\"status\":404", "\"title\":\"Not found\"")
                .doesNotContain("referral 999999999");
    }

    private WebSession signedIn(String username) {
        WebSession session = new WebSession(port);
        session.signIn(username, DemoAccounts.PASSWORD);
        return session;
    }
}
