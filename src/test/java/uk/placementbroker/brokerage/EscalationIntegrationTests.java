package uk.placementbroker.brokerage;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.placementbroker.brokerage.internal.Escalations;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.identity.Role;
import uk.placementbroker.referral.Referrals;
import uk.placementbroker.shared.HomeRef;
import uk.placementbroker.shared.Money;
import uk.placementbroker.support.IntegrationTest;
import uk.placementbroker.support.ReferralFixtures;
import uk.placementbroker.support.TestMailServer;

/** A round's deadline passing: nothing acceptable is escalated at once, and nothing else is. */
@IntegrationTest
class EscalationIntegrationTests {

    @RegisterExtension
    static final GreenMailExtension smtp = TestMailServer.perTest();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Rounds rounds;

    @Autowired
    Answers answers;

    @Autowired
    OfferScreening screening;

    @Autowired
    Escalations escalations;

    @Autowired
    Referrals referrals;

    @Test
    void aRoundThatClosesWithNoAcceptableOfferIsEscalatedToTheHeadOfService() throws Exception {
        long referral = searching();
        refuse(referral);
        pastTheDeadline(referral);

        List<Escalations.Escalated> escalated = escalations.closeRoundsDueBy(Instant.now());

        assertThat(escalated).extracting(Escalations.Escalated::referralId).containsExactly(referral);
        assertThat(escalated.get(0).told())
                .contains("hos.northbridge@northbridge.example")
                .contains("broker.northbridge@northbridge.example");
        Map<String, Object> round = jdbc.sql(
                        "select closed_at, acceptable_offers, escalated from brokerage_round where referral_id = ?")
                .param(referral)
                .query()
                .singleRow();
        assertThat(round.get("closed_at")).isNotNull();
        assertThat(round.get("acceptable_offers")).isEqualTo(0);
        assertThat(round.get("escalated")).isEqualTo(true);
        assertThat(history(referral))
                .anyMatch(action -> action.contains("closed with no offer meeting every essential criterion"));
        assertThat(mailTo("hos.northbridge@northbridge.example"))
                .anyMatch(subject -> subject.equals("No acceptable offer for referral R%06d".formatted(referral)));

        assertThat(escalations.closeRoundsDueBy(Instant.now()))
                .as("a round is escalated once")
                .isEmpty();
    }

    @Test
    void aRoundWithAnOfferMeetingEveryEssentialCriterionClosesQuietly() {
        long referral = searching();
        offer(referral);
        CurrentUser broker = staff("broker.northbridge", Role.BROKER);
        assertThat(screening
                        .screen(
                                broker,
                                referralOf(broker, referral),
                                answers.toReferral(broker.localAuthorityId(), referral))
                        .ranked())
                .as("the offer meets every essential criterion")
                .hasSize(1);

        pastTheDeadline(referral);

        assertThat(escalations.closeRoundsDueBy(Instant.now())).noneMatch(round -> round.referralId() == referral);

        assertThat(jdbc.sql("select acceptable_offers from brokerage_round where referral_id = ?")
                        .param(referral)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(history(referral))
                .anyMatch(action -> action.equals("Round 1 closed with 1 offer meeting every essential criterion"));
    }

    @Test
    void aRoundStillOpenOrAlreadyFollowedByTheNextIsNotEscalated() {
        long open = searching();
        long widened = searching(RoundKind.IN_HOUSE);
        pastTheDeadline(widened);
        assertThat(rounds.open(staff("broker.northbridge", Role.BROKER), widened, RoundKind.FRAMEWORK))
                .isNotEmpty();

        assertThat(escalations.closeRoundsDueBy(Instant.now()))
                .noneMatch(round -> round.referralId() == open || round.referralId() == widened);

        assertThat(jdbc.sql("select closed_at is null from brokerage_round where referral_id = ?")
                        .param(open)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(jdbc.sql("select escalated from brokerage_round where referral_id = ? and number = 1")
                        .param(widened)
                        .query(Boolean.class)
                        .single())
                .isFalse();
    }

    private long searching() {
        return searching(RoundKind.FRAMEWORK);
    }

    private long searching(RoundKind firstRound) {
        long referral = ReferralFixtures.readyToSearchInNorthbridge(jdbc, referrals);
        rounds.open(staff("broker.northbridge", Role.BROKER), referral, firstRound);
        return referral;
    }

    private void pastTheDeadline(long referral) {
        jdbc.sql("update brokerage_round set respond_by = ? where referral_id = ?")
                .params(java.sql.Timestamp.from(Instant.now().minus(Duration.ofMinutes(1))), referral)
                .update();
    }

    private void refuse(long referral) {
        answers.refuse(
                ReferralFixtures.providerUser(jdbc, "Oakfield Fostering"),
                referral,
                RefusalReason.values()[0],
                "No carers free");
    }

    /** Offers a household made to fit: ages 0 to 17, skilled with missing episodes, a mile or two from home. */
    private void offer(long referral) {
        long home = jdbc.sql("""
                insert into market_foster_household (provider_id, reference, minimum_age, maximum_age, approved_children, sexes, skill_level,
                    specialisms, postcode, outward_code, district, latitude, longitude)
                select p.id, 'OF-ESCALATION-' || ?, 0, 17, 2, '{MALE,FEMALE}', 3, '{MISSING_EPISODES,EDUCATION}', 'NN3 6AD', 'NN3',
                    'Northampton', 52.262, -0.846
                from market_provider p where p.name = 'Oakfield Fostering' returning id
                """).param(referral).query(Long.class).single();
        answers.offer(
                ReferralFixtures.providerUser(jdbc, "Oakfield Fostering"),
                referral,
                new Answers.Offer(
                        HomeRef.fosterHousehold(home),
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

    private Referrals.Referral referralOf(CurrentUser user, long referral) {
        return referrals.open(user, referral).orElseThrow();
    }

    private List<String> history(long referral) {
        return jdbc.sql("select action from referral_event where referral_id = ? order by id")
                .param(referral)
                .query(String.class)
                .list();
    }

    /** The subjects of the mail the address has had, once it has had some (the outbox sends it after the close commits). */
    private List<String> mailTo(String address) throws InterruptedException {
        long giveUp = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        while (smtp.getReceivedMessagesForDomain(address).length == 0 && System.nanoTime() < giveUp) {
            Thread.sleep(100);
        }
        return Arrays.stream(smtp.getReceivedMessagesForDomain(address))
                .map(message -> {
                    try {
                        return message.getSubject();
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private CurrentUser staff(String username, Role... roles) {
        return ReferralFixtures.northbridgeStaff(jdbc, username, roles);
    }
}
