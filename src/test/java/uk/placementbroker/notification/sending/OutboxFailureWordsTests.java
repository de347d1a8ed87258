package uk.placementbroker.notification.sending;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

/** What staff read when a mail was not sent says what happened, never the mail server's host, port or internals. */
class OutboxFailureWordsTests {

    @Test
    void anUnreachableServerIsSaidSoWithoutItsHostOrPort() {
        MailSendException failure = new MailSendException(
                "Mail server connection failed",
                new RuntimeException(
                        "Couldn't connect to host, port: smtp.internal.example, 2525; timeout -1",
                        new ConnectException("Connection refused")));

        assertThat(OutboxDispatcher.forStaff(failure))
                .isEqualTo("The mail server could not be reached")
                .doesNotContain("smtp.internal", "2525");
    }

    @Test
    void aRefusedSignInAndAnythingElseAreSaidInWords() {
        assertThat(OutboxDispatcher.forStaff(new MailAuthenticationException("535 5.7.8 bad credentials for svc@host")))
                .isEqualTo("The mail server refused the service's sign-in");
        assertThat(OutboxDispatcher.forStaff(new MailSendException("452 4.3.1 Insufficient system storage on mx1:25")))
                .isEqualTo("The mail server did not accept the mail");
    }
}
