package uk.placementbroker.support;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/** A real SMTP server (GreenMail) on the tests' mail port, started afresh for each test method. */
public final class TestMailServer {

    private TestMailServer() {}

    public static GreenMailExtension perTest() {
        return new GreenMailExtension(ServerSetupTest.SMTP)
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
                .withPerMethodLifecycle(true);
    }

    /**
     * The decoded bodies of the mails the server has had with this subject, once it has had at least this many (the
     * outbox sends after the step commits), or after ten seconds.
     */
    public static List<String> bodies(GreenMailExtension smtp, String subject, int atLeast)
            throws InterruptedException {
        List<String> bodies = List.of();
        for (long giveUp = System.nanoTime() + 10_000_000_000L;
                bodies.size() < atLeast && System.nanoTime() < giveUp;
                Thread.sleep(100)) {
            bodies = Arrays.stream(smtp.getReceivedMessages())
                    .filter(mail -> subject(mail).equals(subject))
                    .map(TestMailServer::content)
                    .toList();
        }
        return bodies;
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String content(MimeMessage mail) {
        try {
            return mail.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
