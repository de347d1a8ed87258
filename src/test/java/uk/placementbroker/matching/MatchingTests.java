package uk.placementbroker.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.placementbroker.matching.MatchingFixtures.LEICESTER;
import static uk.placementbroker.matching.MatchingFixtures.MILTON_KEYNES;
import static uk.placementbroker.matching.MatchingFixtures.NORTHAMPTON;
import static uk.placementbroker.matching.MatchingFixtures.TODAY;
import static uk.placementbroker.matching.MatchingFixtures.aChild;
import static uk.placementbroker.matching.MatchingFixtures.aHome;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.placementbroker.shared.Money;
import uk.placementbroker.shared.Need;

class MatchingTests {

    private final Matching matching = new Matching(Weights.DEFAULT);

    @Test
    void ranksCloserBetterSkilledHomesFirstAndScreensOutTheRestWithCounts() {
        Criteria child = aChild().withHighNeeds(Need.MISSING_EPISODES).build();
        List<Candidate> homes = List.of(
                aHome().called("far")
                        .specialisingIn(Need.MISSING_EPISODES)
                        .at(MILTON_KEYNES, "MK9", "Milton Keynes")
                        .build(),
                aHome().called("near")
                        .specialisingIn(Need.MISSING_EPISODES)
                        .at(NORTHAMPTON, "NN1", "Northampton")
                        .build(),
                aHome().called("unskilled").build(),
                aHome().called("too old").forAges(16, 17).build());

        Matching.Ranking ranking = matching.rank(child, homes, TODAY);

        assertThat(ranking.ranked()).extracting(entry -> entry.candidate().id()).containsExactly("near", "far");
        assertThat(ranking.screenedOut()).isEqualTo(Map.of(HardConstraint.AGE, 1, HardConstraint.SPECIALISMS, 1));
        assertThat(ranking.screenedOutCount()).isEqualTo(2);
    }

    @Test
    void theCouncilsOwnCarersRankFirstWhenItAsksThemFirstAndTheExplanationSaysWhy() {
        Criteria child = aChild().livingAt(NORTHAMPTON).build();
        Candidate independent = aHome().called("independent")
                .ofProvider("Riverside Family Placements")
                .at(NORTHAMPTON, "NN1", "Northampton")
                .charging(1129)
                .build();
        Candidate ownCarer = aHome().called("own carer")
                .ofProvider("Northbridge Fostering")
                .at(LEICESTER, "LE1", "Leicester")
                .judged(null)
                .offFramework()
                .charging(433)
                .build();
        List<Candidate> market = List.of(independent, ownCarer);
        assertThat(matching.rank(child, market, TODAY).ranked())
                .as("on score alone the independent home is better")
                .extracting(entry -> entry.candidate().id())
                .containsExactly("independent", "own carer");

        Matching.Ranking ranking =
                matching.rank(child, CandidatePool.of(market), TODAY, java.util.Set.of("P-Northbridge Fostering"));

        assertThat(ranking.ranked())
                .extracting(entry -> entry.candidate().id())
                .containsExactly("own carer", "independent");
        assertThat(ranking.ranked().get(0).score())
                .isLessThan(ranking.ranked().get(1).score());
        assertThat(ranking.explanation(ranking.ranked().get(0)))
                .startsWith(
                        "the council's own carer, ranked above other providers' homes: the council asks its own carers first;");
        assertThat(ranking.explanation(ranking.ranked().get(1))).doesNotContain("own carer");
    }

    @Test
    void explainsEveryRankInWordsASocialWorkerCanRead() {
        Criteria child = aChild().withHighNeeds(Need.MISSING_EPISODES)
                .speaking("Polish", false)
                .atSchoolIn(MILTON_KEYNES)
                .build();
        Candidate home = aHome().specialisingIn(Need.MISSING_EPISODES)
                .speaking("English", "Polish")
                .at(MILTON_KEYNES, "MK9", "Milton Keynes")
                .charging(1070)
                .build();

        Matching.Ranking ranking = matching.rank(child, List.of(home), TODAY);
        String explanation = ranking.explanation(ranking.ranked().get(0));

        assertThat(explanation)
                .contains(
                        "0 miles from school",
                        "carers speak Polish",
                        "enhanced skills for missing episodes",
                        "£120 above the band",
                        "15 miles from home",
                        "Ofsted: good",
                        "10% of the provider's placements ended unplanned",
                        "vacancy confirmed 3 days ago");
        assertThat(ranking.parts(ranking.ranked().get(0)))
                .extracting(ScorePart::factor)
                .startsWith(Factor.DISTANCE_FROM_SCHOOL)
                .contains(Factor.COST, Factor.LANGUAGE);
    }

    @Test
    void factorsThatCannotBeJudgedAreLeftOutRatherThanCountedAgainst() {
        Criteria child = aChild().atSchoolIn(null).build();
        Candidate notYetInspected =
                aHome().judged(null).withUnplannedEndings(null).offFramework().build();

        Matching.Ranking ranking = matching.rank(child, List.of(notYetInspected), TODAY);

        assertThat(ranking.parts(ranking.ranked().get(0)))
                .extracting(ScorePart::factor)
                .doesNotContain(
                        Factor.DISTANCE_FROM_SCHOOL, Factor.QUALITY, Factor.STABILITY, Factor.COST, Factor.LANGUAGE);
    }

    @Test
    void aStaleVacancyWeighsLess() {
        Candidate fresh = aHome().called("fresh").build();
        Candidate stale =
                aHome().called("stale").confirmedOn(TODAY.minusDays(30)).build();

        Matching.Ranking ranking = matching.rank(aChild().build(), List.of(stale, fresh), TODAY);

        assertThat(ranking.ranked()).extracting(entry -> entry.candidate().id()).containsExactly("fresh", "stale");
        assertThat(ranking.explanation(ranking.ranked().get(1))).contains("vacancy not confirmed for 30 days");
    }

    @Test
    void theWeightsDecideAndAreTheOnesShown() {
        Candidate cheapFar = aHome().called("cheap")
                .charging(700)
                .at(LEICESTER, "LE1", "Leicester")
                .build();
        Candidate dearNear = aHome().called("dear")
                .charging(990)
                .at(NORTHAMPTON, "NN1", "Northampton")
                .build();
        Criteria child = aChild().within(null).build();

        Weights costOnly = new Weights(Map.of(Factor.COST, 1.0));
        Matching.Ranking byCost = new Matching(costOnly).rank(child, List.of(dearNear, cheapFar), TODAY);
        Matching.Ranking byDefault = matching.rank(child, List.of(cheapFar, dearNear), TODAY);

        assertThat(byCost.ranked().get(0).candidate().id()).isEqualTo("cheap");
        assertThat(byCost.weights()).isEqualTo(costOnly);
        assertThat(byDefault.ranked().get(0).candidate().id()).isEqualTo("dear");
    }

    @Test
    void identityAndLanguageCount() {
        Criteria child = aChild().ofEthnicity("BAFR")
                .ofReligion("Christian")
                .speaking("Somali", false)
                .build();
        Candidate matchingHome = aHome().called("a")
                .ofEthnicities("BAFR")
                .ofReligion("christian")
                .speaking("Somali", "English")
                .build();
        Candidate other = aHome().called("b").build();

        Matching.Ranking ranking = matching.rank(child, List.of(other, matchingHome), TODAY);

        assertThat(ranking.ranked().get(0).candidate().id()).isEqualTo("a");
        assertThat(ranking.explanation(ranking.ranked().get(0)))
                .contains("shares the child's ethnicity and religion (christian)", "carers speak Somali");
    }

    @Test
    void equalScoresAreOrderedByTheirIdentifiers() {
        List<Candidate> homes = List.of(
                aHome().called("c").build(),
                aHome().called("a").build(),
                aHome().called("b").build());

        assertThat(matching.rank(aChild().build(), homes, TODAY).ranked())
                .extracting(entry -> entry.candidate().id())
                .containsExactly("a", "b", "c");
    }

    @Test
    void theWholeWeeklyCostAddsExtrasAndTravel() {
        WholeCost cost = WholeCost.of(Money.pounds(850), Money.pounds(150), 12, 10, 20, 2, new Money(45));

        assertThat(cost.travel()).isEqualTo(new Money(7200));
        assertThat(cost.weekly()).isEqualTo(Money.pounds(1072));
        assertThat(cost.weekly()).hasToString("£1,072");
        assertThat(WholeCost.of(Money.pounds(850), Money.ZERO, Double.NaN, 10, Double.NaN, 2, new Money(45))
                        .weekly())
                .isEqualTo(Money.pounds(850));
    }
}
