package uk.placementbroker.brokerage;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.placementbroker.children.ChildDetails;
import uk.placementbroker.children.ChildRecords;
import uk.placementbroker.children.Episode;
import uk.placementbroker.identity.Role;
import uk.placementbroker.referral.ReferralDetails;
import uk.placementbroker.referral.Referrals;
import uk.placementbroker.support.DemoAccounts;
import uk.placementbroker.support.IntegrationTest;
import uk.placementbroker.support.ReferralFixtures;
import uk.placementbroker.support.TestMailServer;
import uk.placementbroker.support.WebSession;

/**
 * Staff write what they write: whatever identifying detail a social worker types into the referral, or a broker into
 * an answer, none of the child's recorded values reaches a provider's page or mail.
 */
@IntegrationTest
class ProvidersNeverReadWhoTheChildIsIntegrationTests {

    @RegisterExtension
    static final GreenMailExtension smtp = TestMailServer.perTest();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ChildRecords childRecords;

    @Autowired
    Referrals referrals;

    @Autowired
    Rounds rounds;

    @Autowired
    Questions questions;

    @Test
    void noneOfTheChildsRecordedValuesReachesAProvidersPagesOrMail() throws Exception {
        String reference = "NBX" + (System.nanoTime() % 1_000_000);
        String upn = "A" + String.format("%012d", System.nanoTime() % 1_000_000_000_000L);
        long child = kestrel(reference, upn);
        long referral = ReferralFixtures.readyToSearchFor(
                jdbc, referrals, "991", "northbridge", child, leakyReferral(reference, upn));

        rounds.open(
                ReferralFixtures.northbridgeStaff(jdbc, "broker.northbridge", Role.BROKER),
                referral,
                RoundKind.FRAMEWORK);
        WebSession oakfield = new WebSession(port);
        oakfield.signIn("provider.oakfield", DemoAccounts.PASSWORD);
        oakfield.get("/portal/referrals/" + referral);
        oakfield.post(
                "/portal/referrals/" + referral + "/questions", Map.of("question", "Where does she go to school now?"));
        long question = jdbc.sql("select id from brokerage_question where referral_id = ?")
                .param(referral)
                .query(Long.class)
                .single();
        questions.answer(
                ReferralFixtures.northbridgeStaff(jdbc, "broker.northbridge", Role.BROKER),
                referral,
                question,
                "Kestrel Ashdown-Vane (DOB 12.03.2014) still goes to St Mary's Primary from 14 Park Road, MK6-3XQ;"
                        + " her nan on 01604 496000 takes her.");

        List<String> read = new java.util.ArrayList<>();
        read.add(oakfield.get("/portal/referrals").body());
        read.add(oakfield.get("/portal/referrals/" + referral).body());
        read.addAll(mailsAbout(referral));

        assertThat(read.get(1)).contains("The child", "[date]", "[school]", "[address]");
        for (String text : read) {
            for (String value : List.of(
                    "Kestrel",
                    "Kes",
                    "Ashdown",
                    "Vane",
                    "Lorna",
                    "Dwayne",
                    "Pike",
                    "Josh",
                    reference,
                    upn,
                    "Park Road",
                    "St Mary",
                    "Acorns",
                    "943 476 5919",
                    "07700",
                    "01604",
                    "example.org",
                    "12/03",
                    "12.03",
                    "2014")) {
                assertThat(Pattern.compile(
                                        "(?<![\\w-])" + Pattern.quote(value) + "(?![\\w-])", Pattern.CASE_INSENSITIVE)
                                .matcher(text)
                                .find())
                        .as("%s in what a provider read:%n%s", value, text)
                        .isFalse();
            }
            assertThat(Pattern.compile("NN3[\\s-]*6AB|MK6[\\s-]*3XQ", Pattern.CASE_INSENSITIVE)
                            .matcher(text)
                            .find())
                    .as("a full postcode in %s", text)
                    .isFalse();
        }
    }

    @Test
    void theBrokerSeesWhatProvidersWillReadBeforeAnAnswerIsPublished() {
        String reference = "NBX" + (System.nanoTime() % 1_000_000);
        long child = kestrel(reference, null);
        long referral = ReferralFixtures.readyToSearchFor(
                jdbc, referrals, "991", "northbridge", child, leakyReferral(reference, "A000000000000"));
        WebSession broker = new WebSession(port);
        broker.signIn("broker.northbridge", DemoAccounts.PASSWORD);
        String search = broker.get("/referrals/" + referral + "/search").body();
        assertThat(search)
                .as("the referral's free text as providers will read it, before any round")
                .contains("What providers read", "<del class=\"app-taken-out\">", "[address]");
        rounds.open(
                ReferralFixtures.northbridgeStaff(jdbc, "broker.northbridge", Role.BROKER),
                referral,
                RoundKind.FRAMEWORK);
        long question = questions.ask(
                ReferralFixtures.providerUser(jdbc, "Oakfield Fostering"), referral, "Which school does she go to?");
        broker.get("/referrals/" + referral + "/search");

        String preview = broker.post(
                        "/referrals/" + referral + "/questions/" + question + "/answer",
                        Map.of("answer", "Kes is at St Mary's Primary until 12 March", "step", "preview"))
                .body();

        assertThat(preview).contains("What providers will read", "[school]", "[date]", "Publish the answer");
        assertThat(jdbc.sql("select answer from brokerage_question where id = ?")
                        .param(question)
                        .query(String.class)
                        .optional())
                .as("nothing is published by a preview")
                .isEmpty();
        broker.post(
                "/referrals/" + referral + "/questions/" + question + "/answer",
                Map.of("answer", "Kes is at St Mary's Primary until 12 March", "step", "publish"));
        assertThat(jdbc.sql("select answer from brokerage_question where id = ?")
                        .param(question)
                        .query(String.class)
                        .single())
                .isEqualTo("The child is at [school] until [date]");
        assertThat(broker.post(
                                "/referrals/" + referral + "/questions/" + question + "/answer",
                                Map.of("answer", "Something else", "step", "publish"))
                        .body())
                .as("a question is answered once")
                .contains("This question has already been answered");
    }

    private long kestrel(String reference, String upn) {
        long northbridge = jdbc.sql("select id from identity_local_authority where code = '991'")
                .query(Long.class)
                .single();
        long child = childRecords.register(
                northbridge,
                new ChildDetails(
                        reference,
                        "Kestrel",
                        "Ashdown-Vane",
                        LocalDate.parse("2014-03-12"),
                        "2",
                        "WBRI",
                        "NN3 6AB",
                        upn),
                List.of(new Episode(
                        LocalDate.now().minusMonths(6),
                        "S",
                        "C2",
                        "N1",
                        "U1",
                        "PR1",
                        null,
                        null,
                        null,
                        "NN3",
                        "NN1",
                        null)));
        childRecords.recordOtherNames(
                ReferralFixtures.northbridgeStaff(jdbc, "sw.northbridge", Role.SOCIAL_WORKER),
                child,
                new ChildRecords.OtherNames(List.of("Kes"), List.of("Lorna Ashdown", "Dwayne Pike")));
        return child;
    }

    /** A complete referral whose every free text says who the child is, in the ways people write it. */
    private static ReferralDetails leakyReferral(String reference, String upn) {
        ReferralDetails complete = ReferralFixtures.aCompleteReferral(LocalDate.now());
        return new ReferralDetails(
                complete.suitability(),
                complete.otherTypes(),
                complete.urgency(),
                complete.neededBy(),
                "Until Kestrel's 18th birthday on 12/03/2032",
                complete.siblingsToPlaceWith(),
                complete.homePostcode(),
                complete.schoolPostcode(),
                complete.maximumMiles(),
                complete.areasToAvoid(),
                complete.areaPreference(),
                complete.preferredLocation(),
                complete.needs(),
                complete.highNeeds(),
                "Kes goes missing to her mum Lorna Ashdown at 14 Park Road, NN3-6AB",
                "Hit her brother Dwayne Pike on the 3rd of May 2025; his number is 07700 900123",
                complete.ethnicity(),
                complete.religion(),
                "English (903 ref " + reference + ")",
                complete.languageEssential(),
                complete.communication(),
                ReferralDetails.CulturalNeeds.REQUIRED,
                "KESTREL goes to church with her cousin Josh every Sunday",
                true,
                List.of("A ground-floor room; NHS number 943 476 5919"),
                complete.alongside(),
                complete.pets(),
                complete.deprivationOfLiberty(),
                complete.additionalSupport(),
                complete.additionalSupportDetail(),
                List.of(
                        "Carers who know kestrel.ashdown@example.org is her school's contact",
                        "Not within 5 miles of NN36AB"),
                List.of("Near Little Acorns Nursery for her sister", "UPN " + upn),
                List.of("kes attends school every day", "Contact with Lorna from 12 March 2026"),
                complete.supportInPlace(),
                complete.weeklyBudgetPounds(),
                complete.budgetNote());
    }

    private List<String> mailsAbout(long referral) throws Exception {
        String subject = "Referral R%06d".formatted(referral);
        List<MimeMessage> mails = List.of();
        for (long deadline = System.nanoTime() + 15_000_000_000L;
                mails.isEmpty() && System.nanoTime() < deadline;
                Thread.sleep(100)) {
            mails = Arrays.stream(smtp.getReceivedMessages())
                    .filter(message -> subject(message).startsWith(subject))
                    .toList();
        }
        assertThat(mails).as("the round's mails").isNotEmpty();
        return mails.stream()
                .map(message -> subject(message) + "\n" + GreenMailUtil.getBody(message))
                .toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
