package uk.placementbroker.brokerage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.placementbroker.identity.CurrentUser;
import uk.placementbroker.identity.Role;
import uk.placementbroker.referral.Referrals;
import uk.placementbroker.shared.NotFound;
import uk.placementbroker.support.IntegrationTest;
import uk.placementbroker.support.ReferralFixtures;

/** Clarification questions: asked only by providers sent the referral, answered once for all of them, anonymised. */
@IntegrationTest
class QuestionsIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Rounds rounds;

    @Autowired
    Questions questions;

    @Autowired
    Referrals referrals;

    @Test
    void theBrokersAnswerReachesEveryProviderAskedWithoutTheChildsNameOrWhoAsked() {
        long referral = searching();
        CurrentUser oakfield = ReferralFixtures.providerUser(jdbc, "Oakfield Fostering");
        CurrentUser riverside = ReferralFixtures.providerUser(jdbc, "Riverside Family Placements");
        long question = questions.ask(oakfield, referral, "Does she have contact with her brother, and how often?");
        assertThat(questions.forProvider(riverside.providerOrganisationId(), referral))
                .as("not answered yet: only the asker sees it")
                .isEmpty();
        String childName = referrals.open(broker(), referral).orElseThrow().childName();

        questions.answer(
                broker(), referral, question, childName + " sees her brother weekly, supervised, until 30/11/2026.");

        for (CurrentUser provider : List.of(oakfield, riverside)) {
            List<Questions.Question> seen = questions.forProvider(provider.providerOrganisationId(), referral);
            assertThat(seen).singleElement().satisfies(answered -> {
                assertThat(answered.answer())
                        .startsWith("The child sees her brother weekly")
                        .doesNotContain(childName.split(" ")[0]);
                assertThat(answered.answer()).contains("[date]");
                assertThat(answered.providerName()).isEmpty();
            });
        }
        assertThat(questions.forCouncil(broker().localAuthorityId(), referral))
                .singleElement()
                .satisfies(asked -> assertThat(asked.providerName()).isEqualTo("Oakfield Fostering"));
    }

    @Test
    void aProviderNotAskedCanNeitherAskNorSee() {
        long referral = searching();
        long question = questions.ask(
                ReferralFixtures.providerUser(jdbc, "Oakfield Fostering"), referral, "Is a later start possible?");
        questions.answer(broker(), referral, question, "Yes, within the week.");
        CurrentUser stranger = ReferralFixtures.providerUser(
                jdbc, jdbc.sql("""
                select o.name from identity_provider_organisation o
                where not exists (select 1 from brokerage_recipient x join brokerage_round r on r.id = x.round_id
                                  where r.referral_id = ? and x.provider_organisation_id = o.id)
                order by o.id limit 1
                """).param(referral).query(String.class).single());

        assertThatThrownBy(() -> questions.ask(stranger, referral, "What is her name?"))
                .as("not found: it was never sent to them")
                .isInstanceOf(NotFound.class);
        assertThat(questions.forProvider(stranger.providerOrganisationId(), referral))
                .isEmpty();
    }

    @Test
    void aBlankQuestionOrAnswerIsRefusedWithWords() {
        long referral = searching();
        assertThatThrownBy(
                        () -> questions.ask(ReferralFixtures.providerUser(jdbc, "Oakfield Fostering"), referral, "  "))
                .hasMessage("Enter your question");
        long question =
                questions.ask(ReferralFixtures.providerUser(jdbc, "Oakfield Fostering"), referral, "Any allergies?");
        assertThatThrownBy(() -> questions.answer(broker(), referral, question, ""))
                .hasMessage("Enter your answer");
    }

    private long searching() {
        long referral = ReferralFixtures.readyToSearchInNorthbridge(jdbc, referrals);
        rounds.open(broker(), referral, RoundKind.FRAMEWORK);
        return referral;
    }

    private CurrentUser broker() {
        Map<String, Object> council = jdbc.sql(
                        "select id, consortium_id from identity_local_authority where code = '991'")
                .query()
                .singleRow();
        return new CurrentUser(
                0,
                "broker.northbridge",
                "Broker",
                Set.of(Role.BROKER),
                ((Number) council.get("id")).longValue(),
                null,
                ((Number) council.get("consortium_id")).longValue(),
                "Northbridge City Council");
    }
}
